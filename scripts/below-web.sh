#!/bin/sh
# below-web.sh NICE COMMAND [ARG...]: run COMMAND below the web app's CPU priority.
#
# scripts/production.sh starts each process in a session of its own (setsid),
# and Linux shares the CPU between sessions (autogroups) equally, whatever the
# nice values of their processes: `nice -n 10` alone left the task workers an
# equal share beside the web app. The session's own nice value
# (/proc/self/autogroup, sched(7)) is what puts this session below the others;
# the process's nice orders it within the session. Where the kernel has no
# autogroups the file is absent and nice alone is what counts.
nice_value="$1"
shift
if [ -w /proc/self/autogroup ]; then
  echo "$nice_value" >/proc/self/autogroup
fi
exec nice -n "$nice_value" "$@"
