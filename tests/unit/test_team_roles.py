"""People and roles, enforced by the server: each person signs in as their own login, and
what their role may not do is refused by PostgreSQL itself, with a plain message and nothing
written. Every history entry and audit event names who wrote it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest

from relance_desktop.errors import CompanyFileError, ValidationError
from relance_desktop.services import audit, calls, invoices, team_roles
from relance_desktop.services.storage import storage_error
from relance_desktop.services.team_roles import Ability, Role
from relance_desktop.store.models import AuditEvent, Company, Customer, Interaction, Invoice, User
from relance_desktop.store.server import ServerParams
from tests import team_people
from tests.team_people import signed_in


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    started = team_people.start()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def team(cluster: Any) -> Iterator[tuple[ServerParams, dict[str, str], int]]:
    params = team_people.new_company(cluster, "roles")
    logins = team_people.add_people(params, anne=Role.ADMIN, marc=Role.COLLECTOR,
                                    lea=Role.READER)
    with signed_in(params) as admin:
        customer = Customer.create(name="Boulangerie Henri")
        Invoice.create(customer=customer, number="F-1", issue_date=date(2026, 9, 1),
                       due_date=date(2026, 10, 1), amount_cents=1200_00)
        audit.record(admin, "create", "customer", customer.id)
    try:
        yield params, logins, int(customer.id)
    finally:
        cluster.drop_database(params.database)


def test_each_person_signs_in_with_their_own_role(team: Any) -> None:
    params, logins, _customer = team
    expected = {"anne": Role.ADMIN, "marc": Role.COLLECTOR, "lea": Role.READER}
    for name, role in expected.items():
        with signed_in(params, logins[name]) as cf:
            assert team_roles.role_of(cf) is role
            assert team_roles.can(cf, Ability.ADMINISTER) is (role is Role.ADMIN)
            assert team_roles.can(cf, Ability.WRITE) is (role is not Role.READER)
    with signed_in(params) as admin:  # the login that created the company administers it
        assert team_roles.role_of(admin) is Role.ADMIN
        listed = {(m.login, m.name, m.role, m.active) for m in team_roles.members(admin)}
    assert {(logins["marc"], "Marc", Role.COLLECTOR, True),
            (logins["lea"], "Lea", Role.READER, True),
            (logins["anne"], "Anne", Role.ADMIN, True)} <= listed


def test_a_collector_records_calls_and_payments_under_their_own_name(team: Any) -> None:
    params, logins, customer = team
    with signed_in(params, logins["marc"]) as marc:
        me = calls.user_id_for(marc, "nom tapé dans les préférences")  # the login wins
        draft = calls.CallDraft(customer, notes="Rappeler vendredi", outcome="reached")
        call = calls.finish_call(marc, draft, user_id=me, at=datetime(2026, 11, 23, 10, 42))
        invoice = Invoice.get(Invoice.number == "F-1").id
        invoices.add_payment(marc, invoices.PaymentInput(invoice, date(2026, 11, 23), 200_00))
        assert User.get_by_id(me).login == logins["marc"]
        assert Interaction.get_by_id(call).user_id == me
        payment_events = AuditEvent.select().where(AuditEvent.entity == "payment")
        assert [e.user_id for e in payment_events] == [me]


def test_a_collector_cannot_change_the_company_settings(team: Any) -> None:
    params, logins, _customer = team
    with signed_in(params, logins["marc"]) as marc:
        with pytest.raises(Exception) as info:
            Company.update(name="Piraté").execute()
        message = storage_error(info.value, marc)
        assert message is not None and "rien n'a été enregistré" in message.render()
        assert Company.get().name == "Cabinet Martin"
        with pytest.raises(Exception) as info:  # nor make people
            team_roles.add_person(marc, "intrus", "Intrus", team_people.PASSWORD,
                                  Role.ADMIN)
        assert team_roles.refused_write(info.value) is not None
        assert not marc.scalar("SELECT 1 FROM pg_roles WHERE rolname = 'intrus'")


def test_a_reader_reads_everything_and_writes_nothing(team: Any) -> None:
    params, logins, customer = team
    with signed_in(params, logins["lea"]) as lea:
        assert Customer.get_by_id(customer).name == "Boulangerie Henri"
        assert invoices.invoices_of(lea, customer)[0].due_cents == 1200_00
        draft = calls.CallDraft(customer, notes="Essai", outcome="reached")
        with pytest.raises(Exception) as info:
            calls.finish_call(lea, draft, user_id=None)
        assert storage_error(info.value, lea) is not None
        assert Interaction.select().count() == 0


def test_a_disabled_person_can_no_longer_sign_in_and_keeps_their_history(team: Any) -> None:
    params, logins, customer = team
    with signed_in(params, logins["marc"]) as marc:
        me = calls.user_id_for(marc, "")
        calls.finish_call(marc, calls.CallDraft(customer, outcome="no_answer"), user_id=me)
    with signed_in(params) as admin:
        team_roles.set_active(admin, logins["marc"], False)
        marc_row = next(m for m in team_roles.members(admin) if m.login == logins["marc"])
        assert not marc_row.active
    with pytest.raises(CompanyFileError), signed_in(params, logins["marc"]):
        pass
    with signed_in(params) as admin:
        assert Interaction.get().user.name == "Marc"  # the history still names him
        team_roles.change_role(admin, logins["lea"], Role.COLLECTOR)
        team_roles.set_active(admin, logins["marc"], True)
    with signed_in(params, logins["lea"]) as lea:
        assert team_roles.role_of(lea) is Role.COLLECTOR


@pytest.mark.parametrize("login", ['bob"; DROP TABLE customer; --', "Émile", "a b", ""])
def test_a_login_is_checked_before_anything_reaches_the_server(team: Any, login: str) -> None:
    params, _logins, _customer = team
    with signed_in(params) as admin:
        with pytest.raises(ValidationError) as info:
            team_roles.add_person(admin, login, "X", team_people.PASSWORD, Role.READER)
        assert info.value.field == "login"
        assert Customer.select().count() == 1


def test_a_name_and_password_full_of_quotes_are_only_data(team: Any) -> None:
    params, _logins, _customer = team
    login = team_people.login(params, "quote")
    with signed_in(params) as admin:
        team_roles.add_person(admin, login, "O'Brien \"Bob\"; DROP TABLE x", "p'a\"ss; --word",
                              Role.READER)
        assert User.get(User.login == login).name == "O'Brien \"Bob\"; DROP TABLE x"
    with signed_in(params, login) as bob:
        assert team_roles.role_of(bob) is Role.READER


@pytest.mark.sqlite_only
def test_on_a_company_file_there_are_no_roles(cf: Any) -> None:
    assert team_roles.sign_in(cf) is None and team_roles.role_of(cf) is None
    assert team_roles.can(cf, Ability.ADMINISTER) and team_roles.can(cf, Ability.WRITE)
    assert team_roles.members(cf) == [] and team_roles.current_user_id(cf) is None


def test_the_owner_of_the_database_makes_the_company_with_its_groups() -> None:
    """As scripts/team-server.sh does it: a plain login owning the database (with CREATEROLE)
    creates the company; it administers it, and the trigram search index is there."""
    from relance_desktop.services import team_connect
    from tests.team_server import team_server

    with team_server() as server:
        params = ServerParams("127.0.0.1", server.port, server.database, server.user, "disable")
        with team_connect.open_team_company(params, server.password) as cf:
            assert team_roles.role_of(cf) is Role.ADMIN
            assert team_roles.current_user_id(cf) is not None
            groups = cf.scalar("SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE ?",
                               ("relance_equipe_%",))
            assert groups == 3
            assert cf.scalar("SELECT 1 FROM pg_indexes WHERE indexname = ?",
                             ("customer_key_trigram",)) == 1


def test_only_an_administrator_updates_the_company_to_a_newer_version(team: Any) -> None:
    params, logins, _customer = team
    with signed_in(params) as admin:  # as if made by the previous version of Relance
        admin.execute('UPDATE "schema_version" SET "version" = "version" - 1')
        before = admin.scalar('SELECT "version" FROM "schema_version"')
    with pytest.raises(CompanyFileError) as info, signed_in(params, logins["marc"]):
        pass
    assert "seul un administrateur" in info.value.render()
    import psycopg2

    raw = psycopg2.connect(host=params.host, port=params.port, user=params.user,
                           dbname=params.database)
    try:  # read as it is (opening it as the administrator would update it)
        cursor = raw.cursor()
        cursor.execute('SELECT "version" FROM "schema_version"')
        assert cursor.fetchone()[0] == before  # untouched
    finally:
        raw.close()


def test_a_first_visit_names_the_person_from_their_preferences(cluster: Any) -> None:
    """The history says « Claire Martin », not her login; a later visit with another name
    typed in the preferences does not rename her (an administrator may have named her)."""
    from relance_desktop.services import team_connect

    params = team_people.new_company(cluster, "names")
    try:
        with team_connect.open_team_company(params, None, "  Claire   Martin ") as cf:
            me = team_roles.current_user_id(cf)
            assert me is not None and User.get_by_id(me).name == "Claire Martin"
            assert User.get_by_id(me).login == params.user
        with team_connect.open_team_company(params, None, "Poste 2") as cf:
            assert team_roles.current_user_id(cf) == me
            assert User.get_by_id(me).name == "Claire Martin"
    finally:
        cluster.drop_database(params.database)
