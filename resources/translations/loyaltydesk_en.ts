<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdjustPointsDialog</name>
    <message numerus="yes">
        <source>%1 has %Ln point(s).</source>
        <translation>
            <numerusform>%1 has %Ln point.</numerusform>
            <numerusform>%1 has %Ln points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have only %Ln point(s).</source>
        <translation>
            <numerusform>They have only %Ln point.</numerusform>
            <numerusform>They have only %Ln points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Balance after: %Ln point(s)</source>
        <translation>
            <numerusform>Balance after: %Ln point</numerusform>
            <numerusform>Balance after: %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditEntryWords</name>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 point</numerusform>
            <numerusform>%1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>costs %Ln point(s)</source>
        <translation>
            <numerusform>costs %Ln point</numerusform>
            <numerusform>costs %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>%1–%2 of %Ln entries</source>
        <translation>
            <numerusform>%1–%2 of %Ln entry</numerusform>
            <numerusform>%1–%2 of %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln backup</numerusform>
            <numerusform>%Ln backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entries</source>
        <translation>
            <numerusform>%Ln ledger entry</numerusform>
            <numerusform>%Ln ledger entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln customer(s). Restart loyaltydesk to carry on.</source>
        <translation>
            <numerusform>Restored: %Ln customer. Restart loyaltydesk to carry on.</numerusform>
            <numerusform>Restored: %Ln customers. Restart loyaltydesk to carry on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message numerus="yes">
        <source>point(s)</source>
        <translation>
            <numerusform>point</numerusform>
            <numerusform>points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1</source>
        <translation>
            <numerusform>%Ln point expires on %1</numerusform>
            <numerusform>%Ln points expire on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s)</source>
        <translation>
            <numerusform>%3 says %1 point</numerusform>
            <numerusform>%3 says %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s) (read %2)</source>
        <translation>
            <numerusform>%3 says %1 point (read %2)</numerusform>
            <numerusform>%3 says %1 points (read %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message numerus="yes">
        <source>%1 point(s) — %2</source>
        <translation>
            <numerusform>%1 point — %2</numerusform>
            <numerusform>%1 points — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %Ln point(s)) will be merged into %3. Their points move here with their expiry dates; their record is closed and can no longer be used at the counter. Both histories and the audit trail are kept. This cannot be undone.</source>
        <translation>
            <numerusform>%1 (%2, %Ln point) will be merged into %3. Their points move here with their expiry dates; their record is closed and can no longer be used at the counter. Both histories and the audit trail are kept. This cannot be undone.</numerusform>
            <numerusform>%1 (%2, %Ln points) will be merged into %3. Their points move here with their expiry dates; their record is closed and can no longer be used at the counter. Both histories and the audit trail are kept. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into this customer: %Ln point(s) moved.</source>
        <translation>
            <numerusform>Merged %1 into this customer: %Ln point moved.</numerusform>
            <numerusform>Merged %1 into this customer: %Ln points moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved their profile and %Ln ledger entries to %1.</source>
        <translation>
            <numerusform>Saved their profile and %Ln ledger entry to %1.</numerusform>
            <numerusform>Saved their profile and %Ln ledger entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message numerus="yes">
        <source>Import %Ln new customer(s) from %1?

Opening points: %2
Rows with problems, left out: %3
Rows imported before, skipped: %4</source>
        <translation>
            <numerusform>Import %Ln new customer from %1?

Opening points: %2
Rows with problems, left out: %3
Rows imported before, skipped: %4</numerusform>
            <numerusform>Import %Ln new customers from %1?

Opening points: %2
Rows with problems, left out: %3
Rows imported before, skipped: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import about %Ln row(s) from %1?

Rows with problems (%2 seen so far) are left out. &quot;Check the whole file&quot; first shows the exact numbers.</source>
        <translation>
            <numerusform>Import about %Ln row from %1?

Rows with problems (%2 seen so far) are left out. &quot;Check the whole file&quot; first shows the exact numbers.</numerusform>
            <numerusform>Import about %Ln rows from %1?

Rows with problems (%2 seen so far) are left out. &quot;Check the whole file&quot; first shows the exact numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%Ln customer(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln customer saved to %1.</numerusform>
            <numerusform>%Ln customers saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries saved to %1.</source>
        <translation>
            <numerusform>%Ln entry saved to %1.</numerusform>
            <numerusform>%Ln entries saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBuildWindow</name>
    <message numerus="yes">
        <source>%1 of %n customer(s), with their visits and rewards</source>
        <translation>
            <numerusform>%1 of %n customer, with their visits and rewards</numerusform>
            <numerusform>%1 of %n customers, with their visits and rewards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>The latest %Ln entries. Export their data for all of them.</source>
        <translation>
            <numerusform>The latest %Ln entry. Export their data for all of them.</numerusform>
            <numerusform>The latest %Ln entries. Export their data for all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>Kinds whose reason is what a person typed (an adjustment, a void); other reasons are the ledger&apos;s own notes and the sentence already says them.</extracomment>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message numerus="yes">
        <source>About %Ln row(s), with numbers written like %1 and dates like %2. The preview shows the first ones as they will be imported.</source>
        <translation>
            <numerusform>About %Ln row, with numbers written like %1 and dates like %2. The preview shows the first ones as they will be imported.</numerusform>
            <numerusform>About %Ln rows, with numbers written like %1 and dates like %2. The preview shows the first ones as they will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%1 redeemed — %2 point(s)</source>
        <translation>
            <numerusform>%1 redeemed — %2 point</numerusform>
            <numerusform>%1 redeemed — %2 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) paid %2</source>
        <translation>
            <numerusform>%1 point paid %2</numerusform>
            <numerusform>%1 points paid %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided — %1 point(s)</source>
        <translation>
            <numerusform>Voided — %1 point</numerusform>
            <numerusform>Voided — %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the last customer was cleared %n second(s) after their result. Scan their card again.</source>
        <translation>
            <numerusform>%1: the last customer was cleared %n second after their result. Scan their card again.</numerusform>
            <numerusform>%1: the last customer was cleared %n seconds after their result. Scan their card again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redeem %1 for %Ln point(s)?</source>
        <translation>
            <numerusform>Redeem %1 for %Ln point?</numerusform>
            <numerusform>Redeem %1 for %Ln points?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %1 with %Ln point(s)?</source>
        <translation>
            <numerusform>Pay %1 with %Ln point?</numerusform>
            <numerusform>Pay %1 with %Ln points?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This one is older than %n minute(s): type an owner&apos;s PIN.</source>
        <translation>
            <numerusform>This one is older than %n minute: type an owner&apos;s PIN.</numerusform>
            <numerusform>This one is older than %n minutes: type an owner&apos;s PIN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked in %n minute(s) ago — press Enter to check in again.</source>
        <translation>
            <numerusform>Checked in a minute ago — press Enter to check in again.</numerusform>
            <numerusform>Checked in %n minutes ago — press Enter to check in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 point</numerusform>
            <numerusform>%1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) at %1 each</source>
        <translation>
            <numerusform>%Ln unit at %1 each</numerusform>
            <numerusform>%Ln units at %1 each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) per visit</source>
        <translation>
            <numerusform>%Ln point per visit</numerusform>
            <numerusform>%Ln points per visit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln reward</numerusform>
            <numerusform>%Ln rewards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln reward(s)</source>
        <translation>
            <numerusform>%1 of %Ln reward</numerusform>
            <numerusform>%1 of %Ln rewards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPreview</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expire after %Ln month(s)</source>
        <translation>
            <numerusform>expire after %Ln month</numerusform>
            <numerusform>expire after %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %Ln month(s)</source>
        <translation>
            <numerusform>after %Ln month</numerusform>
            <numerusform>after %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) earned before, held by %1, keep the expiry dates they have.</source>
        <translation>
            <numerusform>The %Ln point earned before, held by %1, keeps the expiry date it has.</numerusform>
            <numerusform>The %Ln points earned before, held by %1, keep the expiry dates they have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of those points, held by %1, have no expiry date and keep none.</source>
        <translation>
            <numerusform>%Ln of those points, held by %1, has no expiry date and keeps none.</numerusform>
            <numerusform>%Ln of those points, held by %1, have no expiry date and keep none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new earning rules apply from the next check-in: %1 checked in during the last %Ln day(s).</source>
        <translation>
            <numerusform>The new earning rules apply from the next check-in: %1 checked in during the last day.</numerusform>
            <numerusform>The new earning rules apply from the next check-in: %1 checked in during the last %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) customers hold are worth %1 when paying with points, instead of %2.</source>
        <translation>
            <numerusform>The %Ln point customers hold is worth %1 when paying with points, instead of %2.</numerusform>
            <numerusform>The %Ln points customers hold are worth %1 when paying with points, instead of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDifferences</name>
    <message numerus="yes">
        <source>Check-in, %1 point(s)</source>
        <translation>
            <numerusform>Check-in, %1 point</numerusform>
            <numerusform>Check-in, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redemption, %1 point(s)</source>
        <translation>
            <numerusform>Redemption, %1 point</numerusform>
            <numerusform>Redemption, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adjustment, %1 point(s)</source>
        <translation>
            <numerusform>Adjustment, %1 point</numerusform>
            <numerusform>Adjustment, %1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void, %1 point(s)</source>
        <translation>
            <numerusform>Void, %1 point</numerusform>
            <numerusform>Void, %1 points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
</TS>
