from murojaat.accounts.models import User
from murojaat.demo.categories import load_categories


def test_categories_can_be_searched_and_filtered_by_group(client, db):
    load_categories()
    client.force_login(User.objects.create_superuser(username="root", password="x-very-long-password-1"))

    by_russian_name = client.get("/admin/categories/category/", {"q": "Газоснабжение"})
    by_group = client.get("/admin/categories/category/", {"group": "pensions"})

    assert by_russian_name.status_code == by_group.status_code == 200
    assert "gas-supply" in by_russian_name.text and "water-supply" not in by_russian_name.text
    assert "pension-calculation" in by_group.text and "gas-supply" not in by_group.text
