"""Build a large loyaltydesk SQLite store quickly, for the benchmarks.

Customers get ``entries`` check-ins each (one operation and one EARN lot per check-in), spread
over the last year, so the balance equals the ledger sum and every lot is open. Raw executemany
in big transactions with fsync off; the schema itself comes from the real migrations.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from loyaltydesk.domain.identifiers import name_key, name_tails
from loyaltydesk.domain.ledger import add_months
from loyaltydesk.domain.program import settings_to_dict
from loyaltydesk.services.demo import demo_settings
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.migrate import upgrade

FIRST = "Aisyah Amir Ana Chen Wei Siobhan Liam Lucia Javier Priya Ravi Nurul Mei Ciara".split()
LAST = "Tan Lim Wong Abdullah Rahman Murphy Kelly Garcia Lopez Kaur Singh Lee Ng Byrne".split()
BATCH = 20_000


def short_code(i: int) -> str:
    # A bijection of 0..16^6-1 so codes are unique but not sequential-looking.
    return f"{(i * 2654435761) % 16_777_216:06X}"


def build(path: Path, customers: int, entries: int, seed: int = 1) -> None:
    if path.exists():
        path.unlink()
    engine = make_engine(f"sqlite:///{path}", durable=False)
    upgrade(engine)
    engine.dispose()
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-400000")
    db.execute("BEGIN")
    import json

    db.execute(
        "INSERT INTO setting (key, value, updated_at) VALUES ('shop', ?, ?)",
        (json.dumps(settings_to_dict(demo_settings())), now),
    )
    db.execute(
        "INSERT INTO staff (id, name, role, pin_hash, active, created_at) "
        "VALUES (1, 'Bench', 'CASHIER', 'x', 1, ?)",
        (now,),
    )
    for order, (title, cost) in enumerate([("Free coffee", 100), ("10% off", 500)]):
        db.execute(
            "INSERT INTO reward (title, cost, active, sort_order) VALUES (?, ?, 1, ?)",
            (title, cost, order),
        )
    db.execute("COMMIT")
    started = time.perf_counter()
    op_id = 0
    for start in range(0, customers, BATCH):
        rows_c, rows_o, rows_l, rows_w = [], [], [], []
        for cid in range(start + 1, min(start + BATCH, customers) + 1):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}"
            joined = now - timedelta(days=400)
            balance = 0
            for _ in range(entries):
                op_id += 1
                at = now - timedelta(minutes=rng.randint(60, 364 * 24 * 60))
                points = rng.randint(5, 60)
                balance += points
                amount = points * 10_000  # Money on SQLite: ten-thousandths
                expires = add_months(at, 12)
                ref = f"b{op_id}"
                rows_o.append((op_id, ref, "CHECK_IN", cid, 1, "Till 1", at, points, amount))
                rows_l.append(
                    (op_id, op_id, cid, "EARN", points, amount, "SPEND rate=1 x1", "", 1,
                     "Till 1", f"b{op_id}", at, expires, points)
                )  # fmt: skip
            rows_c.append(
                (cid, uuid.UUID(int=rng.getrandbits(128), version=4).hex, short_code(cid),
                 f"+6012{cid:07d}", f"c{cid}@example.com", name, name_key(name), "ACTIVE",
                 "Member", "", 0, balance, joined, now)
            )  # fmt: skip
            rows_w += [(tail, cid) for tail in name_tails(name_key(name))]
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO customer (id, uuid, short_code, phone, email, name, name_key, status,"
            " tier, notes, marketing_consent, balance, joined_at, last_seen_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows_c,
        )
        db.executemany(
            "INSERT INTO operation (id, ref_code, kind, customer_id, staff_id, till, created_at,"
            " points, amount, result) VALUES (?,?,?,?,?,?,?,?,?,'{}')",
            rows_o,
        )
        db.executemany(
            "INSERT INTO ledger_entry (id, operation_id, customer_id, kind, delta, amount, rule,"
            " reason, staff_id, till, ref_code, created_at, expires_at, remaining)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows_l,
        )
        db.executemany("INSERT INTO customer_name_word (tail, customer_id) VALUES (?, ?)", rows_w)
        db.execute("COMMIT")
        done = min(start + BATCH, customers)
        if done % 100_000 == 0:
            rate = done / (time.perf_counter() - started)
            print(f"  {done:>9,} customers ({rate:,.0f}/s)", flush=True)
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--entries", type=int, default=10, help="ledger entries per customer")
    args = parser.parse_args()
    args.path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    build(args.path, args.customers, args.entries)
    print(f"built {args.path} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
