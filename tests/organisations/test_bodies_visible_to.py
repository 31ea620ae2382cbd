from murojaat.organisations.jurisdiction import bodies_visible_to
from murojaat.organisations.models import Level, OrganisationKind
from tests.conftest import organisation


def test_a_supervisor_sees_its_body_and_everything_below(world):
    mahalla_body = organisation("mahalla-x", "Bog‘bon MFY", OrganisationKind.MAHALLA_ASSEMBLY, Level.MAHALLA,
                                world.district_a, world.body_a)

    visible = bodies_visible_to(world.regional_hokimiyat)

    assert visible == {world.regional_hokimiyat.pk, world.body_a.pk, world.body_b.pk, mahalla_body.pk}


def test_a_district_body_does_not_see_its_sibling_or_its_supervisor(world):
    assert bodies_visible_to(world.body_a) == {world.body_a.pk}


def test_the_cost_does_not_grow_with_the_depth_of_the_tree(world, django_assert_num_queries):
    parent = world.body_a
    for depth in range(25):
        parent = organisation(f"unit-{depth}", f"Bo‘lim {depth}", OrganisationKind.OTHER, Level.DISTRICT,
                              world.district_a, parent)

    with django_assert_num_queries(1):
        visible = bodies_visible_to(world.regional_hokimiyat)

    assert len(visible) == 3 + 25
    assert parent.pk in visible


def test_a_cycle_in_the_data_does_not_hang(world):
    world.regional_hokimiyat.parent = world.body_a
    world.regional_hokimiyat.save()

    assert bodies_visible_to(world.body_a) == {world.body_a.pk, world.regional_hokimiyat.pk, world.body_b.pk}
