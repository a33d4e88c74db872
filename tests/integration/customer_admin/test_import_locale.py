"""Importing CSV files written the way each shop writes them: the headers in its language (from
the translation catalogs), its separator, its numbers and its dates, into a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode
from loyaltydesk.domain.program import ShopProfile, ShopSettings
from loyaltydesk.services.csv_import import CsvImportService
from loyaltydesk.store.models import Customer
from tests.conftest import shop_settings
from tests.support.import_catalogs import write_catalogs

SPANISH = """\ufeffNombre;Apellidos;Teléfono;Correo electrónico;Puntos;Fecha de nacimiento
Ana;García López;612 345 678;ana@ejemplo.es;1.200;14/05/1990
Luis;Pérez;+34 622 000 111;;250;1985-08-03
Marta;Ruiz;633000222;;"1,5";
Pepe;Sanz;644000333;;10;05/14/1990
"""

MALAY = """Nama,No. Telefon,E-mel,Mata,Tarikh lahir
Siti Aminah,012-345 6789,siti@contoh.my,"1,250",14/05/1990
Ahmad Faiz,013-222 3333,,80,3 Ogos 1985
"""

INDONESIAN = """Nama;Nomor HP;Poin;Tanggal lahir
Budi Santoso;0812-3456-7890;1.200;14 Mei 1990
Dewi Lestari;0813 1111 2222;"2.500";1992-12-01
"""

CHINESE = """姓名,手机号码,电子邮件,积分,出生日期
陈美玲,9123 4567,mei@example.sg,"1,200",1990年5月14日
林志明,8123 4567,,300,1988-02-29
"""

OTHER_POS = (
    "Customer ID\tFirst Name\tLast Name\tPhone Number\tE-mail\tPoints balance\tBirthday\n"
    "C-001\tAoife\tMurphy\t087 123 4567\taoife@example.ie\t1 200\t14/05/1990\n"
    "C-002\tSeán\tKelly\t086 765 4321\t\t1,250\t1979-11-30\n"
)

ENGLISH_HEADERS_IN_SPAIN = "Name;Phone;Points\nJordi;655 000 111;1.200\n"


@pytest.fixture
def catalogs(tmp_path: Path) -> Path:
    return write_catalogs(tmp_path / "translations")


def importer(services, catalogs: Path, owner, region: str, currency: str) -> CsvImportService:
    settings = ShopSettings(ShopProfile("Shop", currency, region, "UTC"))
    services.program.save_settings(actor=owner, settings=settings)
    return CsvImportService(services.context, catalogs=catalogs)


def stored(services) -> dict[str, tuple[str, int, date | None, str | None]]:
    with services.context.uow.read() as uow:
        rows = uow.session.scalars(select(Customer)).all()
        return {c.phone: (c.name, c.balance, c.birth_date, c.email) for c in rows}


def run(service: CsvImportService, owner, path: Path):
    preview = service.preview_import(path=path)
    return preview, service.import_customers(path=path, actor=owner)


def write(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_spanish_file(services, owner, catalogs, tmp_path) -> None:
    service = importer(services, catalogs, owner, "ES", "EUR")
    preview, summary = run(service, owner, write(tmp_path, SPANISH))
    assert (preview.delimiter, preview.language, preview.number_example) == (";", "es", "1.250,5")
    assert summary.mapping == {
        "Nombre": "name", "Apellidos": "last_name", "Teléfono": "phone",
        "Correo electrónico": "email", "Puntos": "points", "Fecha de nacimiento": "birth_date",
    }  # fmt: skip
    assert (summary.created, summary.points_credited) == (2, 1450)
    assert stored(services) == {
        "+34612345678": ("Ana García López", 1200, date(1990, 5, 14), "ana@ejemplo.es"),
        "+34622000111": ("Luis Pérez", 250, date(1985, 8, 3), None),
    }
    problems = {p.row_number: p for p in summary.errors}
    assert set(problems) == {4, 5}
    assert problems[4].code == ErrorCode.INVALID_POINTS
    assert "thousands with '.'" in problems[4].message
    assert (problems[5].column, problems[5].message) == (
        "Fecha de nacimiento",
        "A birth date is written DD/MM/YYYY or YYYY-MM-DD in this file.",
    )


def test_a_malay_file(services, owner, catalogs, tmp_path) -> None:
    service = importer(services, catalogs, owner, "MY", "MYR")
    preview, summary = run(service, owner, write(tmp_path, MALAY))
    assert (preview.delimiter, preview.language) == (",", "ms")
    assert summary.errors == ()
    assert stored(services) == {
        "+60123456789": ("Siti Aminah", 1250, date(1990, 5, 14), "siti@contoh.my"),
        "+60132223333": ("Ahmad Faiz", 80, date(1985, 8, 3), None),
    }


def test_an_indonesian_file(services, owner, catalogs, tmp_path) -> None:
    # "Nama" is Malay and Indonesian; "Nomor HP", "Poin" and "Tanggal lahir" only Indonesian.
    service = importer(services, catalogs, owner, "ID", "IDR")
    preview, summary = run(service, owner, write(tmp_path, INDONESIAN))
    assert preview.language == "id"
    assert summary.errors == ()
    assert stored(services) == {
        "+6281234567890": ("Budi Santoso", 1200, date(1990, 5, 14), None),
        "+6281311112222": ("Dewi Lestari", 2500, date(1992, 12, 1), None),
    }


def test_a_chinese_file_in_singapore(services, owner, catalogs, tmp_path) -> None:
    service = importer(services, catalogs, owner, "SG", "SGD")
    preview, summary = run(service, owner, write(tmp_path, CHINESE))
    assert (preview.language, preview.day_first) == ("zh", None)
    assert summary.errors == ()
    assert stored(services) == {
        "+6591234567": ("陈美玲", 1200, date(1990, 5, 14), "mei@example.sg"),
        "+6581234567": ("林志明", 300, date(1988, 2, 29), None),
    }


def test_another_pos_export_tab_separated(services, owner, catalogs, tmp_path) -> None:
    service = importer(services, catalogs, owner, "IE", "EUR")
    preview, summary = run(service, owner, write(tmp_path, OTHER_POS, "export.txt"))
    assert (preview.delimiter, preview.language) == ("\t", "en")
    assert preview.unmapped == ("Customer ID",)
    assert summary.errors == ()
    assert stored(services) == {
        "+353871234567": ("Aoife Murphy", 1200, date(1990, 5, 14), "aoife@example.ie"),
        "+353867654321": ("Seán Kelly", 1250, date(1979, 11, 30), None),
    }


def test_english_headers_are_read_the_shops_way(services, owner, catalogs, tmp_path) -> None:
    service = importer(services, catalogs, owner, "ES", "EUR")
    _, summary = run(service, owner, write(tmp_path, ENGLISH_HEADERS_IN_SPAIN))
    assert summary.errors == ()
    assert stored(services)["+34655000111"][1] == 1200


SPANISH_WITHOUT_YEARS = """Nombre;Teléfono;Puntos;Fecha de nacimiento
Ana;612 345 678;10;05-14
Luis;622 000 111;10;14/05
Marta;633 000 222;10;29/02
Pepe;644 000 333;10;31/04
"""


def test_birthdays_without_a_year_are_kept_and_earn_the_bonus_in_their_month(
    services, owner, catalogs, tmp_path, clock
) -> None:
    settings = shop_settings()
    settings = replace(settings, profile=ShopProfile("Tienda", "EUR", "ES", "Europe/Madrid"))
    services.program.save_settings(actor=owner, settings=settings)
    service = CsvImportService(services.context, catalogs=catalogs)
    _, summary = run(service, owner, write(tmp_path, SPANISH_WITHOUT_YEARS))
    assert summary.created == 3
    assert [(p.row_number, p.column) for p in summary.errors] == [(5, "Fecha de nacimiento")]
    with services.context.uow.read() as uow:
        rows = uow.session.scalars(select(Customer)).all()
        kept = {c.phone: (c.birthday, c.birth_date, c.birth_month, c.birth_day) for c in rows}
    assert kept == {
        "+34612345678": (Birthday(5, 14), None, 5, 14),
        "+34622000111": (Birthday(5, 14), None, 5, 14),
        "+34633000222": (Birthday(2, 29), None, 2, 29),
    }
    assert services.customer_admin.get_customer(
        services.customers.lookup("+34622000111").customer_id
    ).birthday == Birthday(5, 14)

    clock.now = datetime(2026, 5, 20, 10, 0, tzinfo=UTC)
    may = services.points.check_in(customer="+34612345678", actor=owner, ref_code="may-1",
                                   amount="10")  # fmt: skip
    assert may.explanation.birthday_bonus == 50
    clock.now = datetime(2026, 6, 20, 10, 0, tzinfo=UTC)
    june = services.points.check_in(customer="+34622000111", actor=owner, ref_code="june-1",
                                    amount="10")  # fmt: skip
    assert june.explanation.birthday_bonus == 0
