"""Benchmark: the owner's Customers page on 1,000,000 customers, and a 100,000-row CSV import.

Builds (or with ``--reuse`` reopens) a store of N customers with bulk SQL: varied names, phones,
emails for two in three, 2% blocked, three tiers, last visits over two years, and one opening
lot per customer with points, so balance == ledger sum. No ANALYZE: the app never runs it, so
the query planner sees what a real shop's file gives it. Then, through the real services on a
durable engine:

* page open: ``count_customers`` + the first ``page_customers`` (100 rows), cold and warm;
* first search result as you type (a name prefix, a phone, a short code, an email);
* a deep page, filters and other sort orders, for the record;
* a generated 100,000-row CSV imported into an empty shop (wall time, rows per second).

    .venv/bin/python bench/bench_customers.py [--reuse] [--customers N] [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from loyaltydesk.domain.identifiers import name_key, name_tails
from loyaltydesk.domain.pins import hash_pin
from loyaltydesk.domain.program import settings_to_dict
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.customer_admin_dto import CustomerQuery, CustomerState, SortColumn
from loyaltydesk.services.demo import demo_settings
from loyaltydesk.services.facade import Services, build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = ROOT / "bench" / "results" / "customers-1m.db"
FIRST = (
    "Aisyah Amir Ana Chen Wei Siobhan Liam Lucia Javier Priya Ravi Nurul Farid Mei Ciara "
    "Hana Daniel Sofia Omar Zara Ethan Mia Arjun Lina Kai Noor Ivan Elena Yusuf Grace"
).split()
LAST = (
    "Tan Lim Wong Abdullah Rahman Murphy Kelly Garcia Lopez Kaur Singh Lee Ng Ismail Byrne "
    "Chua Goh Teo Ong Yap Hassan Ahmad Walsh Ryan Santos Reyes Kumar Das Ho Chong"
).split()
TIERS = ("Member", "Silver", "Gold")
BATCH = 50_000
OWNER = Actor(1, "Bench Owner", Role.OWNER, "Till 1")


def short_code(i: int) -> str:
    return f"{(i * 2654435761) % 16_777_216:06X}"


def build(path: Path, customers: int, seed: int = 7) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{path}", durable=False)
    upgrade(engine)
    engine.dispose()
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("BEGIN")
    settings = settings_to_dict(demo_settings())
    db.execute("INSERT INTO setting (key, value, updated_at) VALUES ('shop', ?, ?)",
               (json.dumps(settings), now))  # fmt: skip
    db.execute("INSERT INTO staff (id, name, role, pin_hash, active, created_at) "
               "VALUES (1, 'Bench Owner', 'OWNER', ?, 1, ?)", (hash_pin("1234"), now))  # fmt: skip
    for order, (title, cost) in enumerate([("Free coffee", 100), ("10% off", 500)]):
        db.execute("INSERT INTO reward (title, cost, active, sort_order) VALUES (?, ?, 1, ?)",
                   (title, cost, order))  # fmt: skip
    db.execute("COMMIT")
    started = time.perf_counter()
    entry = 0
    for start in range(1, customers + 1, BATCH):
        rows_c, rows_o, rows_l, rows_w = [], [], [], []
        for cid in range(start, min(start + BATCH, customers + 1)):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            joined = now - timedelta(days=rng.randint(30, 1500))
            seen = now - timedelta(minutes=rng.randint(0, 730 * 24 * 60))
            balance = rng.choice((0, 0, rng.randint(1, 99), rng.randint(100, 3000)))
            status = "BLOCKED" if rng.random() < 0.02 else "ACTIVE"
            tier = TIERS[min(2, int(rng.expovariate(2.0)))]
            email = f"{name_key(name).replace(' ', '.')}{cid}@example.com" if cid % 3 else None
            rows_c.append(
                (cid, uuid.UUID(int=rng.getrandbits(128), version=4).hex, short_code(cid),
                 f"+6012{cid:07d}", email, name, name_key(name), status, tier, "", cid % 2,
                 balance, joined, seen)
            )  # fmt: skip
            rows_w += [(tail, cid) for tail in name_tails(name_key(name))]
            if balance:
                entry += 1
                ref = f"bench:{entry}"
                rows_o.append((entry, ref, "IMPORT", cid, 1, "import", joined, balance))
                rows_l.append((entry, entry, cid, "ADJUST", balance, "IMPORT", "opening balance",
                               1, "import", ref, joined, balance))  # fmt: skip
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO customer (id, uuid, short_code, phone, email, name, name_key, status,"
            " tier, notes, marketing_consent, balance, joined_at, last_seen_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows_c,
        )
        db.executemany(
            "INSERT INTO operation (id, ref_code, kind, customer_id, staff_id, till, created_at,"
            " points, result) VALUES (?,?,?,?,?,?,?,?,'{}')",
            rows_o,
        )
        db.executemany(
            "INSERT INTO ledger_entry (id, operation_id, customer_id, kind, delta, rule, reason,"
            " staff_id, till, ref_code, created_at, remaining) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows_l,
        )
        db.executemany("INSERT INTO customer_name_word (tail, customer_id) VALUES (?, ?)", rows_w)
        db.execute("COMMIT")
        done = min(start + BATCH - 1, customers)
        if done % 200_000 == 0 or done == customers:
            print(f"  {done:>9,} customers ({done / (time.perf_counter() - started):,.0f}/s)",
                  flush=True)  # fmt: skip
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def figures(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):7.1f} | {p95:7.1f}"


def measure(services: Services, runs: int) -> list[tuple[str, str, str]]:
    admin = services.customer_admin
    rows: list[tuple[str, str, str]] = []

    def page_open(query: CustomerQuery, offset: int = 0) -> Callable[[], object]:
        return lambda: (admin.count_customers(query),
                        admin.page_customers(query, offset=offset, limit=100))  # fmt: skip

    def first_result(text: str) -> Callable[[], object]:
        return lambda: admin.page_customers(CustomerQuery(text=text), offset=0, limit=50)

    def count_of(text: str) -> Callable[[], object]:
        return lambda: admin.count_customers(CustomerQuery(text=text))

    cold = timed(page_open(CustomerQuery()))
    rows.append(("page open, first ever (cold process)", f"{cold:7.1f}", "-"))
    since = datetime.now(UTC) - timedelta(days=365)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("page open: count + first 100 rows (by name)", page_open(CustomerQuery())),
        ("search 'm' (1 letter): first 50", first_result("m")),
        ("search 'mei ch' (name prefix): first 50", first_result("mei ch")),
        ("search 'mei' (32,000 matches), Active: first 100",
         lambda: admin.page_customers(CustomerQuery(text="mei", status=CustomerState.ACTIVE),
                                      offset=0, limit=100)),
        ("row count for 'mei', Active",
         lambda: admin.count_customers(CustomerQuery(text="mei", status=CustomerState.ACTIVE))),
        ("search '012-000 12' (phone as typed): first 50", first_result("012-000 12")),
        ("search '+60120004' (E.164 prefix): first 50", first_result("+60120004")),
        (f"search '{short_code(4242)[:4]}' (short code prefix): first 50",
         first_result(short_code(4242)[:4])),
        ("search 'grace.ho' (email prefix): first 50", first_result("grace.ho")),
        ("surname 'hassan' (counter pick list, 8)", lambda: services.customers.search("hassan")),
        ("surname nobody has 'quixote' (pick list)", lambda: services.customers.search("quixote")),
        ("row count for 'm'", count_of("m")),
        ("row count for 'mei ch'", count_of("mei ch")),
        ("page at offset 500,000 (by name)", page_open(CustomerQuery(), 500_000)),
        ("filter BLOCKED: count + first 100",
         page_open(CustomerQuery(status=CustomerState.BLOCKED))),
        ("filter rewards available: count + first 100",
         page_open(CustomerQuery(rewards_available=True))),
        ("filter inactive > 1 year: count + first 100",
         page_open(CustomerQuery(inactive_since=since))),
        ("sort by balance desc: count + first 100",
         page_open(CustomerQuery(sort=SortColumn.BALANCE, descending=True))),
        ("sort by last visit: count + first 100",
         page_open(CustomerQuery(sort=SortColumn.LAST_SEEN))),
    ]  # fmt: skip
    for label, fn in cases:
        fn()
        rows.append((label, *figures([timed(fn) for _ in range(runs)]).split(" | ")))
    return rows


def bench_import(rows: int, workdir: Path) -> tuple[float, str]:
    path = workdir / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    services = build_services(UnitOfWorkFactory(engine))
    services.program.save_settings(actor=None, settings=demo_settings())
    services.staff.add_staff(actor=None, name="Bench Owner", role=Role.OWNER, pin="1234")
    csv_path = workdir / "customers.csv"
    rng = random.Random(3)
    with csv_path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Customer Name,Mobile,Email,Points,Birthday,Notes,Marketing\n")
        for i in range(rows):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            email = f"{name_key(name).replace(' ', '.')}{i}@example.com" if i % 2 else ""
            birthday = (
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2005)}"
            )
            digits = f"{10_000_000 + (i * 37) % 90_000_000:08d}"
            stream.write(
                f"{name},011-{digits[:4]} {digits[4:]},{email},"
                f"{rng.randint(0, 2000)},{birthday},,{'yes' if i % 3 else 'no'}\n"
            )
    started = time.perf_counter()
    summary = services.csv_import.import_customers(path=csv_path, actor=OWNER)
    elapsed = time.perf_counter() - started
    again_started = time.perf_counter()
    again = services.csv_import.import_customers(path=csv_path, actor=OWNER)
    again_elapsed = time.perf_counter() - again_started
    engine.dispose()
    note = (
        f"created {summary.created:,}, errors {summary.error_count}; re-import of the same "
        f"file: created {again.created}, skipped {again.skipped:,} in {again_elapsed:.1f} s"
    )
    return elapsed, note  # fmt: skip


def machine() -> str:
    try:
        lines = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next((ln.split(":", 1)[1].strip() for ln in lines.splitlines()
                      if ln.startswith("Model name")), platform.processor())  # fmt: skip
    except OSError:
        model = platform.processor()
    return (
        f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--reuse", action="store_true", help="reuse --db if it exists")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--import-rows", type=int, default=100_000, help="0: no import")
    args = parser.parse_args()
    if not (args.reuse and args.db.exists()):
        print(f"building {args.customers:,} customers in {args.db} ...", flush=True)
        started = time.perf_counter()
        build(args.db, args.customers)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    engine = make_engine(f"sqlite:///{args.db}")
    services = build_services(UnitOfWorkFactory(engine))
    results = measure(services, args.runs)
    engine.dispose()
    print(f"\nMachine: {machine()}")
    print(f"Store: {args.customers:,} customers ({args.db.stat().st_size / 1e6:,.0f} MB)\n")
    print(f"| Customers page, {args.runs} warm runs | median ms | p95 ms |")
    print("|---|---:|---:|")
    for label, median, p95 in results:
        print(f"| {label} | {median.strip()} | {p95.strip()} |")
    if not args.import_rows:
        return
    with tempfile.TemporaryDirectory() as workdir:
        seconds, note = bench_import(args.import_rows, Path(workdir))
    rate = args.import_rows / seconds
    print(f"\nImport of a {args.import_rows:,}-row CSV into an empty shop (durable engine): "
          f"{seconds:.1f} s ({rate:,.0f} rows/s); {note}.")  # fmt: skip


if __name__ == "__main__":
    main()
