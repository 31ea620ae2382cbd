"""The demo's officials sign in with a published authenticator key."""

import base64

from django_otp.plugins.otp_totp.models import TOTPDevice

from murojaat.accounts.second_factor import verify_code
from murojaat.demo.people import DEMO_TOTP_SECRET, demo_second_factors, demo_totp_code


def test_it_gives_the_published_key_to_demo_accounts_that_need_a_second_factor(world):
    people = [world.registrar_a, world.executor_a, world.head_a, world.supervisor, world.citizen]
    assert demo_second_factors(people) == 3
    assert demo_second_factors(people) == 0  # running the demo again adds nothing
    device = TOTPDevice.objects.get(user=world.head_a)
    assert device.confirmed and device.bin_key == base64.b32decode(DEMO_TOTP_SECRET)
    assert not TOTPDevice.objects.filter(user__in=[world.supervisor, world.citizen]).exists()
    assert verify_code(world.head_a, demo_totp_code()) == device
