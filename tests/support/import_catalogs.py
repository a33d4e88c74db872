"""Small translation catalogs holding only the import's header words and month names.

The words are the ones proposed for the real catalogs (``ImportHeaders`` / ``ImportMonths``);
tests write them as ``.ts`` files in Qt Linguist's format, so the import reads them exactly
as it reads the shipped catalogs. ``|`` separates several words for one English header.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from loyaltydesk.domain.csv_headers import HEADER_WORDS, MONTH_NAMES

LANGUAGES = ("es", "ms", "id", "zh_CN")

HEADERS: dict[str, tuple[str, str, str, str]] = {
    # English source: (es, ms, id, zh_CN)
    "Name": ("Nombre", "Nama", "Nama", "姓名"),
    "Full name": ("Nombre completo", "Nama penuh", "Nama lengkap", "全名"),
    "Customer name": ("Nombre del cliente", "Nama pelanggan", "Nama pelanggan", "客户姓名"),
    "Member name": ("Nombre del socio", "Nama ahli", "Nama anggota", "会员姓名"),
    "Client name": ("Nombre de cliente", "Nama klien", "Nama klien", "客户名称"),
    "First name": ("Nombre de pila", "Nama pertama", "Nama depan", "名"),
    "Given name": ("Nombre de pila", "Nama pertama", "Nama depan", "名字"),
    "Last name": ("Apellidos", "Nama keluarga", "Nama belakang", "姓"),
    "Surname": ("Apellido", "Nama keluarga", "Nama keluarga", "姓氏"),
    "Family name": ("Apellidos", "Nama keluarga", "Nama keluarga", "姓氏"),
    "Phone": ("Teléfono", "Telefon", "Telepon", "电话"),
    "Phone number": ("Número de teléfono", "Nombor telefon|No. telefon",
                     "Nomor telepon|No. telp", "电话号码"),
    "Mobile": ("Móvil|Celular", "Telefon bimbit|No. HP", "Ponsel|No. HP", "手机|手机号"),
    "Mobile number": ("Número de móvil", "Nombor telefon bimbit", "Nomor HP", "手机号码"),
    "Telephone": ("Teléfono", "Telefon", "Telepon", "电话"),
    "Contact number": ("Teléfono de contacto", "Nombor untuk dihubungi", "Nomor kontak",
                       "联系电话"),
    "Email": ("Correo electrónico|Correo|Email", "E-mel", "Email|Surel", "电子邮件|邮箱"),
    "Email address": ("Dirección de correo electrónico", "Alamat e-mel", "Alamat email",
                      "电子邮箱"),
    "Points": ("Puntos", "Mata", "Poin", "积分"),
    "Points balance": ("Saldo de puntos", "Baki mata", "Saldo poin", "积分余额"),
    "Balance": ("Saldo", "Baki", "Saldo", "余额"),
    "Opening balance": ("Saldo inicial", "Baki awal", "Saldo awal", "期初余额"),
    "Loyalty points": ("Puntos de fidelidad", "Mata ganjaran", "Poin loyalitas", "会员积分"),
    "Birth date": ("Fecha de nacimiento", "Tarikh lahir", "Tanggal lahir", "出生日期"),
    "Birthday": ("Cumpleaños", "Hari jadi", "Ulang tahun", "生日"),
    "Date of birth": ("Fecha de nacimiento", "Tarikh lahir", "Tanggal lahir", "出生日期"),
    "Member code": ("Código de socio", "Kod ahli", "Kode anggota", "会员编号"),
    "Notes": ("Notas", "Nota", "Catatan", "备注"),
    "Comments": ("Comentarios", "Ulasan", "Komentar", "评论"),
    "Remarks": ("Observaciones", "Catatan", "Keterangan", "说明"),
    "Marketing consent": ("Acepta publicidad", "Setuju terima promosi",
                          "Setuju menerima promosi", "同意接收推广"),
    "Newsletter": ("Boletín", "Surat berita", "Buletin", "订阅资讯"),
}  # fmt: skip

MONTHS: dict[str, tuple[str, str, str, str]] = {
    "January": ("enero", "Januari", "Januari", "一月"),
    "February": ("febrero", "Februari", "Februari", "二月"),
    "March": ("marzo", "Mac", "Maret", "三月"),
    "April": ("abril", "April", "April", "四月"),
    "May": ("mayo", "Mei", "Mei", "五月"),
    "June": ("junio", "Jun", "Juni", "六月"),
    "July": ("julio", "Julai", "Juli", "七月"),
    "August": ("agosto", "Ogos", "Agustus", "八月"),
    "September": ("septiembre", "September", "September", "九月"),
    "October": ("octubre", "Oktober", "Oktober", "十月"),
    "November": ("noviembre", "November", "November", "十一月"),
    "December": ("diciembre", "Disember", "Desember", "十二月"),
}

#: Words of the import view this branch adds: (context, source) -> (es, ms, id, zh_CN).
VIEW_WORDS: dict[tuple[str, str], tuple[str, str, str, str]] = {
    ("ImportView", "About %1 rows, with numbers written like %2 and dates like %3. The preview "
                   "shows the first ones as they will be imported."): (
        "Unas %1 filas, con números escritos como %2 y fechas como %3. La vista previa muestra "
        "las primeras tal como se importarán.",
        "Kira-kira %1 baris, dengan nombor ditulis seperti %2 dan tarikh seperti %3. "
        "Pratonton menunjukkan baris pertama seperti yang akan diimport.",
        "Sekitar %1 baris, dengan angka ditulis seperti %2 dan tanggal seperti %3. Pratinjau "
        "menampilkan baris pertama sesuai hasil impornya nanti.",
        "约 %1 行，数字写法如 %2，日期写法如 %3。预览显示前几行导入后的样子。",
    ),
}  # fmt: skip


def write_catalogs(folder: Path) -> Path:
    """``folder/loyaltydesk_<language>.ts`` for each language; returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, language in enumerate(LANGUAGES):
        parts = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
                 f'<TS version="2.1" language="{language}">']  # fmt: skip
        for context, table in (("ImportHeaders", HEADERS), ("ImportMonths", MONTHS)):
            parts.append(f"<context>\n    <name>{context}</name>")
            for source, words in table.items():
                parts.append(
                    f"    <message>\n        <source>{escape(source)}</source>\n"
                    f"        <translation>{escape(words[index])}</translation>\n    </message>"
                )
            parts.append("</context>")
        parts.append("</TS>\n")
        (folder / f"loyaltydesk_{language}.ts").write_text("\n".join(parts), encoding="utf-8")
    return folder


def declared() -> tuple[set[str], set[str]]:
    """The English words the code declares (headers, months), to keep this table complete."""
    return {w for words in HEADER_WORDS.values() for w in words}, set(MONTH_NAMES)


def fill_catalogs(folder: Path) -> int:
    """Put these words into the unfinished ``ImportHeaders`` / ``ImportMonths`` entries (and
    :data:`VIEW_WORDS`) of the real catalogs in ``folder``, after
    ``installer/update_translations.py`` added them; run that again afterwards to compile.
    Returns the entries filled.

        python -c "from pathlib import Path; from tests.support.import_catalogs import \
fill_catalogs; print(fill_catalogs(Path('resources/translations')))"
    """
    filled = 0
    for index, language in enumerate(LANGUAGES):
        path = folder / f"loyaltydesk_{language}.ts"
        text = path.read_text(encoding="utf-8")
        entries = [
            *((("ImportHeaders", source), words) for source, words in HEADERS.items()),
            *((("ImportMonths", source), words) for source, words in MONTHS.items()),
            *VIEW_WORDS.items(),
        ]
        for (context, source), words in entries:
            unfinished = re.compile(
                rf"(<name>{context}</name>(?:(?!</context>).)*?"
                rf"<source>{re.escape(escape(source))}</source>\s*"
                r"(?:<extracomment>[^<]*</extracomment>\s*)?)"
                r'<translation type="unfinished">[^<]*</translation>',
                re.DOTALL,
            )
            text, count = unfinished.subn(
                lambda m, w=words[index]: f"{m[1]}<translation>{escape(w)}</translation>", text
            )
            filled += count
        path.write_text(text, encoding="utf-8")
    return filled
