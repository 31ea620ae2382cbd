"""The officials' workspace, one module per journey: the inbox
(`inbox`), an appeal's page (`appeal`), one page per step (`steps`) and the
answer templates (`templates`).

Every view reads the same way: `official_required`, one scoped fetch through
`appeals.selectors`, one call into `appeals.steps` or `appeals.actions`, a
redirect with a message. What a page shows is built in `office.pages`.
"""
