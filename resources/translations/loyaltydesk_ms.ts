<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Jumlah belanja</translation>
    </message>
    <message>
        <source>Enter = check in</source>
        <translation>Enter = daftar masuk</translation>
    </message>
    <message>
        <source>Press Enter to check in this visit</source>
        <translation>Tekan Enter untuk daftar masuk lawatan ini</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>No. resit</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Daftar masuk</translation>
    </message>
    <message>
        <source>Pay with points (F4)</source>
        <translation>Bayar dengan mata (F4)</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Bayar dengan mata</translation>
    </message>
    <message>
        <source>Points to pay with</source>
        <translation>Mata untuk bayaran</translation>
    </message>
    <message>
        <source>points</source>
        <translation>mata</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Pay with these points</source>
        <translation>Bayar dengan mata ini</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>No rewards in the catalog yet</source>
        <translation>Belum ada ganjaran dalam katalog</translation>
    </message>
    <message>
        <source>Receipt #</source>
        <translation>No. resit</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Units bought</source>
        <translation>Unit dibeli</translation>
    </message>
    <message>
        <source>press the number</source>
        <translation>tekan nombor</translation>
    </message>
    <message>
        <source>Ctrl + number</source>
        <translation>Ctrl + nombor</translation>
    </message>
    <message>
        <source>Rewards — %1</source>
        <translation>Ganjaran — %1</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Laraskan mata</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln point(s).</source>
        <translation>
            <numerusform>%1 ada %Ln mata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Tambah mata</translation>
    </message>
    <message>
        <source>Remove points</source>
        <translation>Tolak mata</translation>
    </message>
    <message>
        <source> points</source>
        <translation> mata</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>e.g. Missed check-in on 3 March</source>
        <translation>cth. Terlepas daftar masuk pada 3 Mac</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Berapa banyak</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Sebab (wajib)</translation>
    </message>
    <message>
        <source>Type how many points, above 0.</source>
        <translation>Taip bilangan mata, lebih daripada 0.</translation>
    </message>
    <message numerus="yes">
        <source>They have only %Ln point(s).</source>
        <translation>
            <numerusform>Pelanggan ini hanya ada %Ln mata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Balance after: %Ln point(s)</source>
        <translation>
            <numerusform>Baki selepas pelarasan: %Ln mata</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why, so the history explains it.</source>
        <translation>Nyatakan sebabnya supaya sejarah dapat menjelaskannya.</translation>
    </message>
</context>
<context>
    <name>AuditEntryDialog</name>
    <message>
        <source>Audit entry</source>
        <translation>Entri audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kaunter</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perkara</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Berkenaan</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Tiada butiran.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>AuditEntryWords</name>
    <message>
        <source>Signed in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <source>Wrong PIN typed</source>
        <translation>PIN salah dimasukkan</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>Staf ditambah</translation>
    </message>
    <message>
        <source>Removed a staff member</source>
        <translation>Staf dibuang</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Peranan ditukar</translation>
    </message>
    <message>
        <source>Changed a PIN</source>
        <translation>PIN ditukar</translation>
    </message>
    <message>
        <source>Cashier PIN refused for owner access</source>
        <translation>PIN juruwang ditolak untuk akses pemilik</translation>
    </message>
    <message>
        <source>Saved the settings</source>
        <translation>Tetapan disimpan</translation>
    </message>
    <message>
        <source>Changed the logo</source>
        <translation>Logo ditukar</translation>
    </message>
    <message>
        <source>Removed the logo</source>
        <translation>Logo dibuang</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>Ganjaran ditambah</translation>
    </message>
    <message>
        <source>Changed a reward</source>
        <translation>Ganjaran diubah</translation>
    </message>
    <message>
        <source>Reordered the rewards</source>
        <translation>Susunan ganjaran diubah</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sandaran dibuat</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sandaran harian</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Sandaran dipulihkan</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Daftar masuk</translation>
    </message>
    <message>
        <source>Redeemed a reward</source>
        <translation>Ganjaran ditebus</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Bayar dengan mata</translation>
    </message>
    <message>
        <source>Adjusted points</source>
        <translation>Mata dilaraskan</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Mata luput</translation>
    </message>
    <message>
        <source>Registered a customer</source>
        <translation>Pelanggan didaftarkan</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Pelanggan diubah</translation>
    </message>
    <message>
        <source>Blocked a customer</source>
        <translation>Pelanggan disekat</translation>
    </message>
    <message>
        <source>Unblocked a customer</source>
        <translation>Sekatan pelanggan dibuka</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>Pelanggan digabungkan</translation>
    </message>
    <message>
        <source>Erased a customer</source>
        <translation>Pelanggan dipadam</translation>
    </message>
    <message>
        <source>Exported a customer&apos;s data</source>
        <translation>Data pelanggan dieksport</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Pelanggan diimport</translation>
    </message>
    <message>
        <source>Created vouchers</source>
        <translation>Baucar dicipta</translation>
    </message>
    <message>
        <source>Redeemed a voucher</source>
        <translation>Baucar ditebus</translation>
    </message>
    <message>
        <source>Voided a voucher</source>
        <translation>Baucar dibatalkan</translation>
    </message>
    <message>
        <source>Voided a voucher batch</source>
        <translation>Kelompok baucar dibatalkan</translation>
    </message>
    <message>
        <source>Exported the customer list</source>
        <translation>Senarai pelanggan dieksport</translation>
    </message>
    <message>
        <source>Exported the points history</source>
        <translation>Sejarah mata dieksport</translation>
    </message>
    <message>
        <source>Set up sync with a loyalty service</source>
        <translation>Segerak disediakan dengan perkhidmatan kesetiaan</translation>
    </message>
    <message>
        <source>Turned sync off</source>
        <translation>Segerak dimatikan</translation>
    </message>
    <message>
        <source>Started sync again after a pause</source>
        <translation>Segerak disambung semula selepas jeda</translation>
    </message>
    <message>
        <source>Sent an entry that had failed to sync again</source>
        <translation>Entri yang gagal disegerakkan dihantar semula</translation>
    </message>
    <message>
        <source>Set aside an entry that could not be synced</source>
        <translation>Entri yang tidak dapat disegerakkan diketepikan</translation>
    </message>
    <message>
        <source>All staff and sign-in entries</source>
        <translation>Semua entri staf dan log masuk</translation>
    </message>
    <message>
        <source>All settings changes</source>
        <translation>Semua perubahan tetapan</translation>
    </message>
    <message>
        <source>All reward changes</source>
        <translation>Semua perubahan ganjaran</translation>
    </message>
    <message>
        <source>All points (check-ins, rewards, voids…)</source>
        <translation>Semua mata (daftar masuk, ganjaran, pembatalan…)</translation>
    </message>
    <message>
        <source>All customer changes</source>
        <translation>Semua perubahan pelanggan</translation>
    </message>
    <message>
        <source>All voucher entries</source>
        <translation>Semua entri baucar</translation>
    </message>
    <message>
        <source>All backups</source>
        <translation>Semua sandaran</translation>
    </message>
    <message>
        <source>All sync entries</source>
        <translation>Semua entri segerak</translation>
    </message>
    <message>
        <source>All exports of the customer list</source>
        <translation>Semua eksport senarai pelanggan</translation>
    </message>
    <message>
        <source>All exports of the points history</source>
        <translation>Semua eksport sejarah mata</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Semua %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>reward no. %1</source>
        <translation>ganjaran no. %1</translation>
    </message>
    <message>
        <source>staff member no. %1</source>
        <translation>staf no. %1</translation>
    </message>
    <message>
        <source>voucher batch no. %1</source>
        <translation>kelompok baucar no. %1</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>perkhidmatan %1</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>Details that are references between records, not something an owner reads.</extracomment>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>juruwang</translation>
    </message>
    <message>
        <source>a customer whose data was erased</source>
        <translation>pelanggan yang datanya telah dipadam</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>costs %Ln point(s)</source>
        <translation>
            <numerusform>harga %Ln mata</numerusform>
        </translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>sebagai %1</translation>
    </message>
    <message>
        <source>The shop&apos;s first settings</source>
        <translation>Tetapan pertama kedai</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Any time</source>
        <translation>Bila-bila masa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari lalu</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari lalu</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan lalu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perkara</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kaunter</translation>
    </message>
    <message>
        <source>Every till</source>
        <translation>Semua kaunter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada rekod.</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Lebih baharu</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Entri lebih baharu</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Lebih lama</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entri lebih lama</translation>
    </message>
    <message>
        <source>Who did what, when, and at which till, newest first. Enter or a double-click shows an entry in full.</source>
        <translation>Siapa buat apa, bila dan di kaunter mana, yang terbaharu dahulu. Enter atau klik dua kali menunjukkan entri sepenuhnya.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Tiada entri yang sepadan dengan penapis ini.</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Tiada entri</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln entries</source>
        <translation>
            <numerusform>%1–%2 daripada %Ln entri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sandar sekarang</translation>
    </message>
    <message>
        <source>Copy the shop&apos;s data now</source>
        <translation>Salin data kedai sekarang</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Pulihkan sandaran yang dipilih</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Pulihkan daripada fail…</translation>
    </message>
    <message>
        <source>Restore a backup file from elsewhere</source>
        <translation>Pulihkan fail sandaran dari tempat lain</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Search backups by date or kind</source>
        <translation>Cari sandaran mengikut tarikh atau jenis</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sandaran</translation>
    </message>
    <message>
        <source>No backups yet — press Back up now to make the first one.</source>
        <translation>Belum ada sandaran — tekan Sandar sekarang untuk membuat yang pertama.</translation>
    </message>
    <message>
        <source>Copies of all the shop&apos;s data, made while the app keeps running. A backup is also made automatically once a day.</source>
        <translation>Salinan semua data kedai, dibuat semasa aplikasi terus berjalan. Sandaran juga dibuat secara automatik sekali sehari.</translation>
    </message>
    <message>
        <source>Backups go to %1. The newest %2 are kept; older ones are deleted.</source>
        <translation>Sandaran disimpan di %1. %2 yang terbaharu disimpan; yang lebih lama dipadam.</translation>
    </message>
    <message>
        <source>No backup matches “%1”.</source>
        <translation>Tiada sandaran yang sepadan dengan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln sandaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entries</source>
        <translation>
            <numerusform>%Ln entri lejar</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces ALL the shop&apos;s data with %1: %2 and %3. Everything recorded since that backup will be gone.

A copy of the data as it is now is saved in the backups folder first. loyaltydesk must be restarted afterwards.</source>
        <translation>Pemulihan menggantikan SEMUA data kedai dengan %1: %2 dan %3. Semua yang direkodkan sejak sandaran itu akan hilang.

Salinan data seperti sekarang disimpan dahulu dalam folder sandaran. loyaltydesk perlu dimulakan semula selepas itu.</translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln customer(s). Restart loyaltydesk to carry on.</source>
        <translation>
            <numerusform>Dipulihkan: %Ln pelanggan. Mulakan semula loyaltydesk untuk meneruskan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the shop</source>
        <translation>Menyandarkan data kedai</translation>
    </message>
    <message>
        <source>Backup cancelled — nothing was copied.</source>
        <translation>Sandaran dibatalkan — tiada apa-apa disalin.</translation>
    </message>
    <message>
        <source>Backed up: %1, %2, in %3.</source>
        <translation>Sudah disandarkan: %1, %2, dalam %3.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Pilih sandaran untuk dipulihkan</translation>
    </message>
    <message>
        <source>loyaltydesk backups (*.db);;All files (*)</source>
        <translation>Sandaran loyaltydesk (*.db);;Semua fail (*)</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>fail %1</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>sandaran %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Pulihkan sandaran ini?</translation>
    </message>
    <message>
        <source>Replace all data</source>
        <translation>Ganti semua data</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Memulihkan sandaran</translation>
    </message>
    <message>
        <source>Restore cancelled — nothing changed.</source>
        <translation>Pemulihan dibatalkan — tiada apa-apa berubah.</translation>
    </message>
    <message>
        <source>Restart loyaltydesk</source>
        <translation>Mulakan semula loyaltydesk</translation>
    </message>
    <message>
        <source>The backup was restored. Close loyaltydesk and start it again now.</source>
        <translation>Sandaran telah dipulihkan. Tutup loyaltydesk dan buka semula sekarang.</translation>
    </message>
    <message>
        <source>Until it restarts, this window may still show the data from before. The data as it was just before the restore is kept as %1.</source>
        <translation>Sehingga dimulakan semula, tetingkap ini mungkin masih menunjukkan data lama. Data sejurus sebelum pemulihan disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Close loyaltydesk</source>
        <translation>Tutup loyaltydesk</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>This shop&apos;s data is on a PostgreSQL server</source>
        <translation>Data kedai ini berada pada pelayan PostgreSQL</translation>
    </message>
    <message>
        <source>loyaltydesk does not copy a server database itself. Back it up with the server&apos;s own tools, for example every night with pg_dump, and restore with pg_restore. Ask whoever runs the server to set this up and to test a restore now and then.</source>
        <translation>loyaltydesk tidak menyalin pangkalan data pelayan sendiri. Sandarkan dengan alat pelayan itu sendiri, contohnya setiap malam dengan pg_dump, dan pulihkan dengan pg_restore. Minta pengendali pelayan menyediakannya dan menguji pemulihan sekali-sekala.</translation>
    </message>
    <message>
        <source>Backup and restore commands</source>
        <translation>Arahan sandaran dan pemulihan</translation>
    </message>
</context>
<context>
    <name>CameraInfo</name>
    <message>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
</context>
<context>
    <name>CameraPickerDialog</name>
    <message>
        <source>Choose a camera</source>
        <translation>Pilih kamera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>{name} (camera {number})</source>
        <translation>{name} (kamera {number})</translation>
    </message>
    <message>
        <source>Camera {number} (not connected)</source>
        <translation>Kamera {number} (tidak disambung)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolusi</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>Hold a member card up to the camera: the picture flashes green when it is read.</source>
        <translation>Tunjukkan kad ahli ke kamera: gambar berkelip hijau apabila kad dibaca.</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolusi:</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Pratonton kamera</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Memulakan kamera…</translation>
    </message>
    <message>
        <source>Hold a card or phone up to the camera</source>
        <translation>Tunjukkan kad atau telefon ke kamera</translation>
    </message>
    <message>
        <source>Scanning is paused</source>
        <translation>Imbasan dijeda</translation>
    </message>
    <message>
        <source>No camera found. Plug one in or choose another camera.</source>
        <translation>Tiada kamera dijumpai. Sambungkan kamera atau pilih kamera lain.</translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close it to scan here.</source>
        <translation>Kamera sedang digunakan oleh program lain. Tutup program itu untuk imbas di sini.</translation>
    </message>
    <message>
        <source>Camera access is blocked. Allow it in the system settings.</source>
        <translation>Akses kamera disekat. Benarkan dalam tetapan sistem.</translation>
    </message>
    <message>
        <source>Cannot start the camera: close other camera apps, check access.</source>
        <translation>Kamera tidak dapat dimulakan: tutup aplikasi kamera lain, semak akses.</translation>
    </message>
    <message>
        <source>The camera stopped responding. Reconnecting…</source>
        <translation>Kamera tidak bertindak balas. Menyambung semula…</translation>
    </message>
    <message>
        <source>The video has ended</source>
        <translation>Video telah tamat</translation>
    </message>
    <message>
        <source>The camera is off</source>
        <translation>Kamera dimatikan</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CounterCamera</name>
    <message>
        <source>Camera: off</source>
        <translation>Kamera: mati</translation>
    </message>
    <message>
        <source>Camera: scanning</source>
        <translation>Kamera: mengimbas</translation>
    </message>
    <message>
        <source>Camera: paused</source>
        <translation>Kamera: dijeda</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>DISEKAT</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Baki mata</translation>
    </message>
    <message>
        <source>points</source>
        <translation>mata</translation>
    </message>
    <message>
        <source>Balance at the loyalty service</source>
        <translation>Baki di perkhidmatan kesetiaan</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Pelanggan %1</translation>
    </message>
    <message numerus="yes">
        <source>point(s)</source>
        <translation>
            <numerusform>mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1</source>
        <translation>
            <numerusform>%Ln mata luput pada %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No points expiring</source>
        <translation>Tiada mata akan luput</translation>
    </message>
    <message>
        <source>Last visits: %1</source>
        <translation>Lawatan terakhir: %1</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Lawatan pertama</translation>
    </message>
    <message>
        <source>the loyalty service</source>
        <translation>perkhidmatan kesetiaan</translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s)</source>
        <translation>
            <numerusform>Menurut %3: %1 mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s) (read %2)</source>
        <translation>
            <numerusform>Menurut %3: %1 mata (dibaca %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reward is available</source>
        <translation>Semua ganjaran boleh ditebus</translation>
    </message>
    <message>
        <source>%1 / %2 to %3</source>
        <translation>%1 / %2 untuk %3</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>← All customers (Esc)</source>
        <translation>← Semua pelanggan (Esc)</translation>
    </message>
    <message>
        <source>Back to all customers</source>
        <translation>Kembali ke semua pelanggan</translation>
    </message>
    <message>
        <source>Open the kept customer</source>
        <translation>Buka pelanggan yang dikekalkan</translation>
    </message>
    <message>
        <source>Adjust points…</source>
        <translation>Laraskan mata…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sekat</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Gabung pendua…</translation>
    </message>
    <message>
        <source>Reprint member card</source>
        <translation>Cetak semula kad ahli</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Eksport data mereka…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Padam…</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Bahagian pelanggan</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>Sejarah mata</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Buka sekatan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The profile has changes that are not saved.</source>
        <translation>Profil ini ada perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Terus sunting</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) — %2</source>
        <translation>
            <numerusform>%1 mata — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %Ln point(s)) will be merged into %3. Their points move here with their expiry dates; their record is closed and can no longer be used at the counter. Both histories and the audit trail are kept. This cannot be undone.</source>
        <translation>
            <numerusform>%1 (%2, %Ln mata) akan digabungkan ke dalam %3. Matanya dipindahkan ke sini bersama tarikh luputnya; rekodnya ditutup dan tidak boleh digunakan lagi di kaunter. Kedua-dua sejarah dan jejak audit disimpan. Tindakan ini tidak boleh dibuat asal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into this customer: %Ln point(s) moved.</source>
        <translation>
            <numerusform>%1 digabungkan ke dalam pelanggan ini: %Ln mata dipindahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved their profile and %Ln ledger entries to %1.</source>
        <translation>
            <numerusform>Profil pelanggan dan %Ln entri lejar disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: nothing can be recorded for them at the counter.</source>
        <translation>Disekat: tiada apa-apa boleh direkodkan untuk mereka di kaunter.</translation>
    </message>
    <message>
        <source>Unblocked: they can collect and spend points again.</source>
        <translation>Sekatan dibuka: mereka boleh kumpul dan guna mata semula.</translation>
    </message>
    <message>
        <source>Merge customers?</source>
        <translation>Gabungkan pelanggan?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabung</translation>
    </message>
    <message>
        <source>This removes %1&apos;s name, phone, email, birth date and notes for good, and their points can no longer be used. The points history stays, anonymised, for the shop&apos;s books, and the audit trail records the erasure. This cannot be undone.</source>
        <translation>Ini membuang nama, telefon, e-mel, tarikh lahir dan nota %1 buat selamanya, dan mata mereka tidak boleh digunakan lagi. Sejarah mata kekal, tanpa nama, untuk akaun kedai, dan jejak audit merekodkan pemadaman ini. Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>Padam %1?</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Padam data peribadi</translation>
    </message>
    <message>
        <source>Personal data erased. The anonymised history and the audit entry are kept.</source>
        <translation>Data peribadi dipadam. Sejarah tanpa nama dan entri audit disimpan.</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Eksport data mereka</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fail JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Points balance</source>
        <translation>Baki mata</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tiada nama)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>ahli sejak %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>lawatan terakhir %1</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>belum ada lawatan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln mata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <source>Earned</source>
        <translation>Diperoleh</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Dilaraskan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Luput</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1 (dibatalkan)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>These points expire on %1.</source>
        <translation>Mata ini luput pada %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perkara</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Sebab diberi</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kaunter</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Not imported</source>
        <translation>Tidak diimport</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama pertama</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama akhir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Opening points</source>
        <translation>Mata permulaan</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tarikh lahir</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kod ahli</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Persetujuan pemasaran</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tawaran</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Lajur</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Perlu dibetulkan</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln new customer(s) from %1?

Opening points: %2
Rows with problems, left out: %3
Rows imported before, skipped: %4</source>
        <translation>
            <numerusform>Import %Ln pelanggan baharu daripada %1?

Mata permulaan: %2
Baris bermasalah, ditinggalkan: %3
Baris yang pernah diimport, dilangkau: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1 · New customers: %2 · Already imported: %3 · Rows with problems: %4 · Opening points: %5</source>
        <translation>Baris dibaca: %1 · Pelanggan baharu: %2 · Sudah diimport: %3 · Baris bermasalah: %4 · Mata permulaan: %5</translation>
    </message>
    <message numerus="yes">
        <source>Import about %Ln row(s) from %1?

Rows with problems (%2 seen so far) are left out. &quot;Check the whole file&quot; first shows the exact numbers.</source>
        <translation>
            <numerusform>Import kira-kira %Ln baris daripada %1?

Baris bermasalah (%2 setakat ini) ditinggalkan. &quot;Semak seluruh fail&quot; dahulu untuk melihat jumlah tepat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was imported stays; import the same file again to finish — rows already imported are skipped.</source>
        <translation>Dibatalkan. Yang sudah diimport kekal; import fail yang sama sekali lagi untuk selesaikan — baris yang sudah diimport akan dilangkau.</translation>
    </message>
    <message>
        <source>Dry run — nothing was imported.</source>
        <translation>Larian cuba — tiada apa-apa diimport.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import selesai.</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Active</source>
        <extracomment>Pages asked for but not yet fetched; older wishes are dropped when the view scrolls fast. Columns the service can sort by; the others ignore a click on their header.</extracomment>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Disekat</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Dipadam</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Lawatan terakhir</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tiada nama)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Bilangan pelanggan</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Import pelanggan…</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Import pelanggan daripada fail CSV</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Eksport ke CSV</translation>
    </message>
    <message>
        <source>Export customers or the ledger to CSV</source>
        <translation>Eksport pelanggan atau lejar ke CSV</translation>
    </message>
    <message>
        <source>All customers…</source>
        <translation>Semua pelanggan…</translation>
    </message>
    <message>
        <source>The whole points ledger…</source>
        <translation>Seluruh lejar mata…</translation>
    </message>
    <message>
        <source>Search: name, phone, email or code</source>
        <translation>Cari: nama, telefon, e-mel atau kod</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Disekat</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Dipadam</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <source>Any balance</source>
        <translation>Semua baki</translation>
    </message>
    <message>
        <source>Can take a reward</source>
        <translation>Boleh tebus ganjaran</translation>
    </message>
    <message>
        <source>Cannot take a reward yet</source>
        <translation>Belum boleh tebus ganjaran</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Lawatan terakhir</translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Not seen for 30 days</source>
        <translation>Tidak datang 30 hari</translation>
    </message>
    <message>
        <source>Not seen for 90 days</source>
        <translation>Tidak datang 90 hari</translation>
    </message>
    <message>
        <source>Not seen for 6 months</source>
        <translation>Tidak datang 6 bulan</translation>
    </message>
    <message>
        <source>Not seen for a year</source>
        <translation>Tidak datang setahun</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Lajur ini tidak boleh diisih.</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Mengeksport pelanggan…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln pelanggan disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries saved to %1.</source>
        <translation>
            <numerusform>%Ln entri disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>Mengeksport lejar…</translation>
    </message>
    <message>
        <source>Export cancelled — no file was written.</source>
        <translation>Eksport dibatalkan — tiada fail ditulis.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>No customers match</source>
        <translation>Tiada pelanggan yang sepadan</translation>
    </message>
    <message>
        <source>Try fewer letters, or set the filters back to Active and Any.</source>
        <translation>Cuba taip lebih sedikit huruf, atau tetapkan semula penapis kepada Aktif dan Semua.</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Belum ada pelanggan</translation>
    </message>
    <message>
        <source>Register customers at the counter, or bring them over from another system with Import customers… above.</source>
        <translation>Daftar pelanggan di kaunter, atau bawa masuk dari sistem lain dengan Import pelanggan… di atas.</translation>
    </message>
</context>
<context>
    <name>DecodeReport</name>
    <message>
        <source>error: {reason}</source>
        <translation>ralat: {reason}</translation>
    </message>
    <message>
        <source>no code found</source>
        <translation>tiada kod dijumpai</translation>
    </message>
</context>
<context>
    <name>DemoBuildWindow</name>
    <message>
        <source>Preparing the demo shop — loyaltydesk</source>
        <translation>Menyediakan kedai demo — loyaltydesk</translation>
    </message>
    <message>
        <source>Preparing the demo shop…</source>
        <translation>Menyediakan kedai demo…</translation>
    </message>
    <message>
        <source>A café with customers and a year of visits.</source>
        <translation>Sebuah kafe dengan pelanggan dan lawatan setahun.</translation>
    </message>
    <message>
        <source>Demo shop progress</source>
        <translation>Kemajuan kedai demo</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), with their visits and rewards</source>
        <translation>
            <numerusform>%1 daripada %n pelanggan, bersama lawatan dan ganjaran mereka</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Kedai demo</translation>
    </message>
    <message>
        <source>The demo shop could not be prepared. The details are in the log file.</source>
        <translation>Kedai demo tidak dapat disediakan. Butirannya ada dalam fail log.</translation>
    </message>
</context>
<context>
    <name>DemoShopWords</name>
    <message>
        <source>Kopi &amp; Co. (demo)</source>
        <translation>Kopi &amp; Co. (demo)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Perak</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Emas</translation>
    </message>
    <message>
        <source>Free coffee</source>
        <translation>Kopi percuma</translation>
    </message>
    <message>
        <source>Pastry of the day</source>
        <translation>Pastri hari ini</translation>
    </message>
    <message>
        <source>10% off</source>
        <translation>Diskaun 10%</translation>
    </message>
    <message>
        <source>Tote bag</source>
        <translation>Beg tote</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Juruwang</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Selamat kembali</translation>
    </message>
    <message>
        <source>Demo Customer</source>
        <translation>Pelanggan Demo</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss a sync problem</source>
        <translation>Abaikan masalah segerak</translation>
    </message>
    <message>
        <source>“%1” will never be sent to the service. Say why, for the audit log.</source>
        <translation>“%1” tidak akan dihantar ke perkhidmatan. Nyatakan sebabnya untuk log audit.</translation>
    </message>
    <message>
        <source>e.g. fixed by hand at the service</source>
        <translation>cth. dibetulkan secara manual di perkhidmatan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abaikan</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Setting up the shop</source>
        <translation>Menyediakan kedai</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Kedai baharu</translation>
    </message>
    <message>
        <source>The demo shop could not be opened. Your shop is not affected.</source>
        <translation>Kedai demo tidak dapat dibuka. Kedai anda tidak terjejas.</translation>
    </message>
    <message>
        <source>The demo shop opens in its own window, on its own database. Your shop stays as it is.</source>
        <translation>Kedai demo dibuka dalam tetingkap dan pangkalan datanya sendiri. Kedai anda kekal seperti biasa.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today %1</source>
        <extracomment>The medium date every screen shows (&quot;30 Nov 2026&quot;): the month in words reads the same way in every locale, where a locale&apos;s short form can be &quot;30 11 2026&quot; (C) or &quot;11/30/26&quot; (US). What a typed date may look like, besides the medium form: day first with / - or ., or ISO.</extracomment>
        <translation>hari ini %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>semalam %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Look up / check in / confirm</source>
        <translation>Cari / daftar masuk / sahkan</translation>
    </message>
    <message>
        <source>Clear and go back to the scan field</source>
        <translation>Kosongkan dan kembali ke ruang imbas</translation>
    </message>
    <message>
        <source>Pick a reward (when no field has focus)</source>
        <translation>Pilih ganjaran (bila tiada ruang aktif)</translation>
    </message>
    <message>
        <source>Pick a reward from anywhere</source>
        <translation>Pilih ganjaran dari mana-mana</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Bayar dengan mata</translation>
    </message>
    <message>
        <source>Register a new customer</source>
        <translation>Daftar pelanggan baharu</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>No. resit</translation>
    </message>
    <message>
        <source>Go to the scan field</source>
        <translation>Pergi ke ruang imbas</translation>
    </message>
    <message>
        <source>Move in the name list</source>
        <translation>Bergerak dalam senarai nama</translation>
    </message>
    <message>
        <source>Void the latest transaction at this till</source>
        <translation>Batalkan transaksi terakhir di kaunter ini</translation>
    </message>
    <message>
        <source>Choose the camera</source>
        <translation>Pilih kamera</translation>
    </message>
    <message>
        <source>Owner pages (owner PIN), and back</source>
        <translation>Halaman pemilik (PIN pemilik), dan kembali</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Senarai ini</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Points history</source>
        <translation>Sejarah mata</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln entries. Export their data for all of them.</source>
        <translation>
            <numerusform>%Ln entri terkini. Eksport data pelanggan ini untuk melihat semuanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>No points yet — they appear here after a check-in.</source>
        <translation>Belum ada mata — mata dipaparkan di sini selepas daftar masuk.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Check-in: %1 → %2</source>
        <translation>Daftar masuk: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>Kinds whose reason is what a person typed (an adjustment, a void); other reasons are the ledger&apos;s own notes and the sentence already says them.</extracomment>
        <translation>
            <numerusform>%Ln mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln barang</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in (a visit) → %2</source>
        <translation>Daftar masuk (satu lawatan) → %2</translation>
    </message>
    <message>
        <source> (tier ×%1)</source>
        <translation> (tahap ×%1)</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus hari lahir</translation>
    </message>
    <message>
        <source>Opening balance, imported from a file</source>
        <translation>Baki awal, diimport daripada fail</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Ganjaran: %1</translation>
    </message>
    <message>
        <source>Paid %1 with points</source>
        <translation>Bayar %1 dengan mata</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Bayar dengan mata</translation>
    </message>
    <message>
        <source>Points expired (unused)</source>
        <translation>Mata luput (tidak digunakan)</translation>
    </message>
    <message>
        <source>Moved in from a merged duplicate</source>
        <translation>Dipindahkan dari pendua yang digabungkan</translation>
    </message>
    <message>
        <source>Moved to the card this one was merged into</source>
        <translation>Dipindahkan ke kad yang menerima gabungan ini</translation>
    </message>
    <message>
        <source>Void of a check-in</source>
        <translation>Pembatalan daftar masuk</translation>
    </message>
    <message>
        <source>Void: the points spent are given back</source>
        <translation>Pembatalan: mata yang digunakan dipulangkan</translation>
    </message>
    <message>
        <source>Void of an adjustment</source>
        <translation>Pembatalan pelarasan</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Adjusted by hand</source>
        <translation>Dilaraskan secara manual</translation>
    </message>
</context>
<context>
    <name>IdlePanel</name>
    <message>
        <source>Ready for the next customer</source>
        <translation>Sedia untuk pelanggan seterusnya</translation>
    </message>
    <message>
        <source>Scan a member card, or type a phone number, email, member code or name.</source>
        <translation>Imbas kad ahli, atau taip nombor telefon, e-mel, kod ahli atau nama.</translation>
    </message>
    <message>
        <source>F1 shows every key.</source>
        <translation>F1 menunjukkan semua kekunci.</translation>
    </message>
</context>
<context>
    <name>ImageReadError</name>
    <message>
        <source>is a folder, not an image</source>
        <translation>ialah folder, bukan imej</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fail tidak dijumpai</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>not an image file that can be read</source>
        <translation>bukan fail imej yang boleh dibaca</translation>
    </message>
</context>
<context>
    <name>ImportHeaders</name>
    <message>
        <source>Name</source>
        <extracomment>A column header of a customer list (CSV) from a spreadsheet or another till: the words a shop in your language writes there. Several words may be given, separated by |.</extracomment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama penuh</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Nama ahli</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nama klien</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama pertama</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nama pertama</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nombor telefon|No. telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telefon bimbit|No. HP</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Nombor telefon bimbit</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Nombor untuk dihubungi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Alamat e-mel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Baki mata</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Baki</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Baki awal</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Mata ganjaran</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tarikh lahir</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Hari jadi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tarikh lahir</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kod ahli</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Setuju terima promosi</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Surat berita</translation>
    </message>
</context>
<context>
    <name>ImportMonths</name>
    <message>
        <source>January</source>
        <extracomment>A month&apos;s name as dates are written in your language (&quot;14 de mayo&quot;); its first three letters are understood too.</extracomment>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Julai</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Ogos</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Disember</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Automatic (UTF-8)</source>
        <translation>Automatik (UTF-8)</translation>
    </message>
    <message>
        <source>Windows (cp1252)</source>
        <translation>Windows (cp1252)</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>← All customers (Esc)</source>
        <extracomment>How the file&apos;s dates are read (``ImportPreview.day_first``), shown as an example date.</extracomment>
        <translation>← Semua pelanggan (Esc)</translation>
    </message>
    <message>
        <source>Back to all customers</source>
        <translation>Kembali ke semua pelanggan</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import pelanggan</translation>
    </message>
    <message>
        <source>Bring customers and their points over from another system&apos;s CSV file. Common column names are recognised; choose what the others hold.</source>
        <translation>Bawa masuk pelanggan dan mata mereka daripada fail CSV sistem lain. Nama lajur biasa dikenal pasti; pilih isi bagi lajur yang lain.</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Pilih fail CSV…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Pilih fail CSV</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Belum ada fail dipilih.</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Pengekodan teks fail</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Lajur dalam fail</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Pratonton baris pertama</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Baris bermasalah</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation>Semak seluruh fail</translation>
    </message>
    <message>
        <source>Dry run: check the whole file, import nothing</source>
        <translation>Larian cuba: semak seluruh fail, tiada yang diimport</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import the customers</source>
        <translation>Import pelanggan</translation>
    </message>
    <message>
        <source>Choose the file your old system exported.</source>
        <translation>Pilih fail yang dieksport oleh sistem lama anda.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca fail…</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Masalah (%1)</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln row(s), with numbers written like %1 and dates like %2. The preview shows the first ones as they will be imported.</source>
        <translation>
            <numerusform>Kira-kira %Ln baris, dengan nombor ditulis seperti %1 dan tarikh seperti %2. Pratonton menunjukkan baris pertama seperti yang akan diimport.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Menyemak fail…</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Mengimport pelanggan…</translation>
    </message>
    <message>
        <source>Import customers?</source>
        <translation>Import pelanggan?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tiada nama)</translation>
    </message>
    <message>
        <source>Column %1 holds</source>
        <translation>Lajur %1 berisi</translation>
    </message>
    <message>
        <source>Two columns are set to %1; choose one.</source>
        <translation>Dua lajur ditetapkan kepada %1; pilih satu.</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone or the email.</source>
        <translation>Pilih lajur yang berisi telefon atau e-mel.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fail CSV (*.csv *.txt);;Semua fail (*)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language on this computer</source>
        <translation>Bahasa di komputer ini</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Bahasa sistem (%1)</translation>
    </message>
    <message>
        <source>Saved at once, for this computer only: other tills keep their own. loyaltydesk speaks it from the next start.</source>
        <translation>Disimpan serta-merta, untuk komputer ini sahaja: kaunter lain kekal dengan pilihan sendiri. loyaltydesk menggunakannya mulai permulaan seterusnya.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Shop logo</source>
        <translation>Logo kedai</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Pilih imej logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Buang logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Buang logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tiada logo</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>loyaltydesk</source>
        <extracomment>What ``attach`` and the owner pages import: SQLAlchemy, the store and the services with them. ``attach`` is done: the store is open and every page is there.</extracomment>
        <translation>loyaltydesk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The owner pages need an owner&apos;s PIN.</source>
        <translation>Halaman pemilik memerlukan PIN pemilik.</translation>
    </message>
    <message>
        <source>Owner pages · %1</source>
        <translation>Halaman pemilik · %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Berlaku ralat</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file. You can keep working.</source>
        <translation>Berlaku ralat yang tidak dijangka. Butirannya ada dalam fail log. Anda boleh terus bekerja.</translation>
    </message>
    <message>
        <source>%1 — loyaltydesk</source>
        <translation>%1 — loyaltydesk</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Member cards – {shop}</source>
        <translation>Kad ahli – {shop}</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kod ahli</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>Gabung pendua</translation>
    </message>
    <message>
        <source>The duplicate&apos;s points and history move to %1. Its record stays, marked merged, so the audit trail is kept.</source>
        <translation>Mata dan sejarah pendua dipindahkan ke %1. Rekodnya kekal, ditanda digabung, supaya jejak audit tersimpan.</translation>
    </message>
    <message>
        <source>Member code, phone or email of the duplicate</source>
        <translation>Kod ahli, telefon atau e-mel pendua</translation>
    </message>
    <message>
        <source>Duplicate customer</source>
        <translation>Pelanggan pendua</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>Cari pendua</translation>
    </message>
    <message>
        <source>No duplicate chosen yet.</source>
        <translation>Belum ada pendua dipilih.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabung…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Pendua</translation>
    </message>
    <message>
        <source>Type who the duplicate is.</source>
        <translation>Taip siapa pendua itu.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>That is this customer.</source>
        <translation>Itu pelanggan ini sendiri.</translation>
    </message>
    <message>
        <source>That record is already closed.</source>
        <translation>Rekod itu sudah ditutup.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tiada nama)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln mata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 cannot be reached now. New customer — fill in and press Enter.</source>
        <translation>%1 tidak dapat dihubungi sekarang. Pelanggan baharu — isi dan tekan Enter.</translation>
    </message>
    <message>
        <source>No customer found. Ctrl+N registers a new one.</source>
        <translation>Pelanggan tidak dijumpai. Ctrl+N untuk daftar baharu.</translation>
    </message>
    <message>
        <source>No customer found here, and %1 cannot be reached now. Ctrl+N registers a new one.</source>
        <translation>Pelanggan tidak dijumpai di sini, dan %1 tidak dapat dihubungi sekarang. Ctrl+N untuk daftar baharu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 redeemed — %2 point(s)</source>
        <translation>
            <numerusform>%1 ditebus — %2 mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) paid %2</source>
        <translation>
            <numerusform>%2 dibayar dengan %1 mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided — %1 point(s)</source>
        <translation>
            <numerusform>Dibatalkan — %1 mata</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>(already recorded — nothing changed)</source>
        <translation>(sudah direkodkan — tiada perubahan)</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Baki %1</translation>
    </message>
    <message>
        <source>Blocked customer — nothing can be recorded.</source>
        <translation>Pelanggan disekat — tiada apa-apa boleh direkodkan.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the last customer was cleared %n second(s) after their result. Scan their card again.</source>
        <translation>
            <numerusform>%1: pelanggan terakhir dikosongkan %n saat selepas keputusannya. Imbas kad pelanggan itu sekali lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no customer on the card. Scan a member card first.</source>
        <translation>%1: tiada pelanggan dipaparkan. Imbas kad ahli dahulu.</translation>
    </message>
    <message>
        <source>This shop does not take points as payment.</source>
        <translation>Kedai ini tidak menerima mata sebagai bayaran.</translation>
    </message>
    <message>
        <source>%1: there is no reward number %2.</source>
        <translation>%1: tiada ganjaran nombor %2.</translation>
    </message>
    <message>
        <source>Not enough points: %1 of %2.</source>
        <translation>Mata tidak cukup: %1 daripada %2.</translation>
    </message>
    <message numerus="yes">
        <source>Redeem %1 for %Ln point(s)?</source>
        <translation>
            <numerusform>Tebus %1 dengan %Ln mata?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %1 with %Ln point(s)?</source>
        <translation>
            <numerusform>Bayar %1 dengan %Ln mata?</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer — fill in and press Enter.</source>
        <translation>Pelanggan baharu — isi dan tekan Enter.</translation>
    </message>
    <message>
        <source>Type a phone number or an email address.</source>
        <translation>Taip nombor telefon atau alamat e-mel.</translation>
    </message>
    <message>
        <source>That birth date is not valid.</source>
        <translation>Tarikh lahir itu tidak sah.</translation>
    </message>
    <message>
        <source>A customer with this email is already registered.</source>
        <translation>Pelanggan dengan e-mel ini sudah berdaftar.</translation>
    </message>
    <message>
        <source>A customer with this phone number is already registered.</source>
        <translation>Pelanggan dengan nombor telefon ini sudah berdaftar.</translation>
    </message>
    <message>
        <source>The name is too long or has signs it cannot have.</source>
        <translation>Nama terlalu panjang atau ada simbol yang tidak dibenarkan.</translation>
    </message>
    <message>
        <source>Welcome, %1! Member code %2.</source>
        <translation>Selamat datang, %1! Kod ahli %2.</translation>
    </message>
    <message>
        <source>Looking it up at %1… You can keep working; Esc cancels.</source>
        <translation>Mencari di %1… Anda boleh terus bekerja; Esc untuk batal.</translation>
    </message>
    <message>
        <source>Found at %1 — added to this shop&apos;s customers.</source>
        <translation>Dijumpai di %1 — ditambah ke pelanggan kedai ini.</translation>
    </message>
    <message>
        <source>Found at %1 — linked to this shop&apos;s customer.</source>
        <translation>Dijumpai di %1 — dipautkan ke pelanggan kedai ini.</translation>
    </message>
    <message>
        <source>Nothing recent at this till can be voided.</source>
        <translation>Tiada transaksi terkini di kaunter ini yang boleh dibatalkan.</translation>
    </message>
    <message>
        <source>That cannot be voided.</source>
        <translation>Itu tidak boleh dibatalkan.</translation>
    </message>
    <message>
        <source>Only an owner can void an adjustment: type an owner&apos;s PIN.</source>
        <translation>Hanya pemilik boleh batalkan pelarasan: taip PIN pemilik.</translation>
    </message>
    <message>
        <source>This one is from another till: type an owner&apos;s PIN.</source>
        <translation>Ini dari kaunter lain: taip PIN pemilik.</translation>
    </message>
    <message numerus="yes">
        <source>This one is older than %n minute(s): type an owner&apos;s PIN.</source>
        <translation>
            <numerusform>Transaksi ini sudah lebih %n minit: taip PIN pemilik.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Untuk %1</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s member card first: %1 needs to know who uses the voucher. It comes back here after.</source>
        <translation>Imbas kad ahli pelanggan dahulu: %1 perlu tahu siapa yang guna baucar. Baucar akan kembali ke sini selepas itu.</translation>
    </message>
    <message>
        <source>%1 off — the customer pays %2. Redeem the voucher?</source>
        <translation>Diskaun %1 — pelanggan bayar %2. Tebus baucar?</translation>
    </message>
    <message>
        <source>%1 — redeem the voucher?</source>
        <translation>%1 — tebus baucar?</translation>
    </message>
    <message>
        <source>Voucher redeemed — %1 off · the customer pays %2</source>
        <translation>Baucar ditebus — diskaun %1 · pelanggan bayar %2</translation>
    </message>
    <message>
        <source>Voucher redeemed — %1</source>
        <translation>Baucar ditebus — %1</translation>
    </message>
    <message>
        <source>Not enough points.</source>
        <translation>Mata tidak cukup.</translation>
    </message>
    <message>
        <source>Checked in just now — press Enter to check in again.</source>
        <translation>Baru sahaja daftar masuk — tekan Enter untuk daftar masuk lagi.</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2 by %3.</source>
        <translation>Sudah ditebus pada %1 di %2 oleh %3.</translation>
    </message>
    <message>
        <source>This voucher expired on %1.</source>
        <translation>Baucar ini luput pada %1.</translation>
    </message>
    <message>
        <source>This voucher is valid from %1.</source>
        <translation>Baucar ini sah mulai %1.</translation>
    </message>
    <message>
        <source>This voucher needs a purchase of at least %1.</source>
        <translation>Baucar ini memerlukan belian sekurang-kurangnya %1.</translation>
    </message>
    <message>
        <source>%1 is more than this shop&apos;s largest usual purchase (%2). Is the amount right? Enter checks in, Esc goes back.</source>
        <translation>%1 melebihi belian terbesar biasa kedai ini (%2). Betulkah jumlahnya? Enter untuk daftar masuk, Esc untuk kembali.</translation>
    </message>
    <message>
        <source>%1 is more than the counter records at once (at most %2). Check the amount.</source>
        <translation>%1 melebihi had yang boleh direkod kaunter sekali gus (maksimum %2). Semak jumlahnya.</translation>
    </message>
    <message numerus="yes">
        <source>Checked in %n minute(s) ago — press Enter to check in again.</source>
        <translation>
            <numerusform>Sudah daftar masuk %n minit lalu — tekan Enter untuk daftar masuk lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah. Cuba lagi dalam %n saat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the amount as a number, like 25.50.</source>
        <translation>Taip jumlah sebagai nombor, seperti 25.50.</translation>
    </message>
    <message>
        <source>Type how many units, as a whole number.</source>
        <translation>Taip bilangan unit sebagai nombor bulat.</translation>
    </message>
    <message>
        <source>Type the points as a whole number above 0.</source>
        <translation>Taip mata sebagai nombor bulat lebih daripada 0.</translation>
    </message>
    <message>
        <source>That could not be read. Scan again or type it.</source>
        <translation>Tidak dapat dibaca. Imbas sekali lagi atau taipkannya.</translation>
    </message>
    <message>
        <source>That phone number is not valid.</source>
        <translation>Nombor telefon itu tidak sah.</translation>
    </message>
    <message>
        <source>That email address is not valid.</source>
        <translation>Alamat e-mel itu tidak sah.</translation>
    </message>
    <message>
        <source>Please check what you typed.</source>
        <translation>Sila semak apa yang anda taip.</translation>
    </message>
    <message>
        <source>The receipt number is at most 40 letters, digits or signs, with no spaces.</source>
        <translation>Nombor resit paling banyak 40 huruf, digit atau simbol, tanpa ruang kosong.</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Pelanggan tidak dijumpai.</translation>
    </message>
    <message>
        <source>A customer with that phone or email already exists.</source>
        <translation>Pelanggan dengan telefon atau e-mel itu sudah wujud.</translation>
    </message>
    <message>
        <source>More than one customer matches. Scan their card instead.</source>
        <translation>Lebih daripada seorang pelanggan sepadan. Imbas kad ahli mereka.</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>Ganjaran itu tidak wujud lagi.</translation>
    </message>
    <message>
        <source>That reward is no longer offered.</source>
        <translation>Ganjaran itu tidak lagi ditawarkan.</translation>
    </message>
    <message>
        <source>That transaction was not found.</source>
        <translation>Transaksi itu tidak dijumpai.</translation>
    </message>
    <message>
        <source>That was already voided.</source>
        <translation>Itu sudah dibatalkan.</translation>
    </message>
    <message>
        <source>That receipt number was already used for something else.</source>
        <translation>Nombor resit itu sudah digunakan untuk transaksi lain.</translation>
    </message>
    <message>
        <source>This needs an owner.</source>
        <translation>Ini memerlukan pemilik.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Sila log masuk dahulu.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN salah.</translation>
    </message>
    <message>
        <source>That PIN is not an owner&apos;s.</source>
        <translation>PIN itu bukan PIN pemilik.</translation>
    </message>
    <message>
        <source>That amount is unusually large. Is it right?</source>
        <translation>Jumlah itu luar biasa besar. Betulkah?</translation>
    </message>
    <message>
        <source>That amount is more than the counter records at once.</source>
        <translation>Jumlah itu melebihi had yang boleh direkod kaunter sekali gus.</translation>
    </message>
    <message>
        <source>Points can pay at most the purchase amount.</source>
        <translation>Mata hanya boleh membayar sehingga jumlah belian.</translation>
    </message>
    <message>
        <source>The shop database is not available. Check the connection.</source>
        <translation>Pangkalan data kedai tidak tersedia. Semak sambungan.</translation>
    </message>
    <message>
        <source>No voucher has that code.</source>
        <translation>Tiada baucar dengan kod itu.</translation>
    </message>
    <message>
        <source>This voucher was cancelled.</source>
        <translation>Baucar ini telah dibatalkan.</translation>
    </message>
    <message>
        <source>This voucher was already redeemed.</source>
        <translation>Baucar ini sudah ditebus.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>Baucar ini telah luput.</translation>
    </message>
    <message>
        <source>This voucher is not valid yet.</source>
        <translation>Baucar ini belum sah.</translation>
    </message>
    <message>
        <source>The purchase is below this voucher&apos;s minimum.</source>
        <translation>Belian kurang daripada minimum baucar ini.</translation>
    </message>
    <message>
        <source>That voucher code cannot be read.</source>
        <translation>Kod baucar itu tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s member card first, then the voucher again: the loyalty service needs to know who uses it.</source>
        <translation>Imbas kad ahli pelanggan dahulu, kemudian baucar sekali lagi: perkhidmatan kesetiaan perlu tahu siapa yang guna baucar itu.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased.</source>
        <translation>Data peribadi pelanggan ini telah dipadam.</translation>
    </message>
    <message>
        <source>This customer was merged into another record.</source>
        <translation>Pelanggan ini telah digabungkan ke dalam rekod lain.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>Kedai memerlukan sekurang-kurangnya seorang pemilik.</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 mata</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at 1 point per %2</source>
        <translation>%1 pada 1 mata setiap %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) at %1 each</source>
        <translation>
            <numerusform>%Ln unit, %1 seunit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) per visit</source>
        <translation>
            <numerusform>%Ln mata setiap lawatan</numerusform>
        </translation>
    </message>
    <message>
        <source> (×%1 %2)</source>
        <translation> (×%1 %2)</translation>
    </message>
    <message>
        <source>Happy birthday: +%1 bonus</source>
        <translation>Selamat hari lahir: bonus +%1</translation>
    </message>
    <message>
        <source>Now %1!</source>
        <translation>Kini %1!</translation>
    </message>
    <message>
        <source>%1 is now available</source>
        <translation>%1 kini boleh ditebus</translation>
    </message>
</context>
<context>
    <name>OwnerArea</name>
    <message>
        <source>Owner sections</source>
        <translation>Bahagian pemilik</translation>
    </message>
    <message>
        <source>No owner pages yet.</source>
        <translation>Belum ada halaman pemilik.</translation>
    </message>
    <message>
        <source>Back to the counter (F10)</source>
        <translation>Kembali ke kaunter (F10)</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Kembali ke kaunter</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Pemilik: %1</translation>
    </message>
</context>
<context>
    <name>OwnerAreaWords</name>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Baucar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Segerak</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sandaran</translation>
    </message>
</context>
<context>
    <name>OwnerPinDialog</name>
    <message>
        <source>Owner PIN</source>
        <translation>PIN pemilik</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Customers with that name</source>
        <translation>Pelanggan dengan nama itu</translation>
    </message>
    <message>
        <source>Which customer? ↑ ↓ then Enter</source>
        <translation>Pelanggan mana? ↑ ↓ kemudian Enter</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 mata</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Pratonton cetakan</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} daripada {pages}</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Tidak dapat mula mencetak.</translation>
    </message>
    <message>
        <source>Cannot add a page.</source>
        <translation>Tidak dapat menambah halaman.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tarikh lahir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>Setuju menerima tawaran</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Persetujuan pemasaran</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Buat asal</translation>
    </message>
    <message>
        <source>Undo changes to the profile</source>
        <translation>Buat asal perubahan pada profil</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>pilihan, cth. %1</translation>
    </message>
    <message>
        <source>At most %1 printable characters.</source>
        <translation>Maksimum %1 aksara boleh cetak.</translation>
    </message>
    <message>
        <source>A customer needs a phone number or an email address.</source>
        <translation>Pelanggan perlu ada nombor telefon atau alamat e-mel.</translation>
    </message>
    <message>
        <source>Type a date like %1 or %2, or only the day and month: %3.</source>
        <translation>Taip tarikh seperti %1 atau %2, atau hari dan bulan sahaja: %3.</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <source>Recent at this till</source>
        <translation>Terkini di kaunter ini</translation>
    </message>
    <message>
        <source>Recent at this till:</source>
        <translation>Terkini di kaunter ini:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>berdaftar</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>baucar</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>Batalkan %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baharu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tarikh lahir</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Jumlah belanja</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>Setuju menerima tawaran</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Persetujuan pemasaran</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Simpan dan daftar masuk</translation>
    </message>
    <message>
        <source>Not found. Register them now — Enter saves and checks in.</source>
        <translation>Tidak dijumpai. Daftarkan sekarang — Enter simpan dan daftar masuk.</translation>
    </message>
    <message>
        <source>Type their phone or email — Enter saves and checks in.</source>
        <translation>Taip telefon atau e-mel mereka — Enter simpan dan daftar masuk.</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>pilihan, cth. %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lepas</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Pilih tarikh</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source> check-ins a day</source>
        <translation> daftar masuk sehari</translation>
    </message>
    <message>
        <source>Flag customers with more check-ins a day than</source>
        <translation>Tanda pelanggan yang daftar masuk sehari lebih daripada</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Tunjuk laporan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hingga</translation>
    </message>
    <message>
        <source>Flag more than</source>
        <translation>Tanda jika lebih</translation>
    </message>
    <message>
        <source>Working out the report</source>
        <translation>Menyediakan laporan</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Eksport ringkasan</translation>
    </message>
    <message>
        <source>Check-ins by hour</source>
        <translation>Daftar masuk ikut jam</translation>
    </message>
    <message>
        <source>Check-ins by day of the week</source>
        <translation>Daftar masuk ikut hari dalam minggu</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Pelanggan teratas</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Ganjaran ditebus</translation>
    </message>
    <message>
        <source>Unusual check-ins: more than the number above on one day</source>
        <translation>Daftar masuk luar biasa: lebih daripada bilangan di atas dalam sehari</translation>
    </message>
    <message>
        <source>Saved as %2 (rows: %1).</source>
        <translation>Disimpan sebagai %2 (baris: %1).</translation>
    </message>
    <message>
        <source>Export as CSV: %1</source>
        <translation>Eksport sebagai CSV: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <source>%1 to %2 · worked out at %3</source>
        <translation>%1 hingga %2 · disediakan pada %3</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksport sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsPageWords</name>
    <message>
        <source>Check-ins</source>
        <translation>Daftar masuk</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Ahli baharu</translation>
    </message>
    <message>
        <source>Returning members</source>
        <translation>Ahli yang kembali</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Ganjaran ditebus</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Mata dikeluarkan</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Mata ditebus</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Mata luput</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>Mata tertunggak</translation>
    </message>
    <message>
        <source>different customers: %1</source>
        <translation>pelanggan berbeza: %1</translation>
    </message>
    <message>
        <source>joined in the period</source>
        <translation>berdaftar dalam tempoh ini</translation>
    </message>
    <message>
        <source>joined before, came back</source>
        <translation>berdaftar sebelum ini, datang semula</translation>
    </message>
    <message>
        <source>earned: %1 · added by hand: %2</source>
        <translation>diperoleh: %1 · ditambah manual: %2</translation>
    </message>
    <message>
        <source>customers holding points: %1</source>
        <translation>pelanggan yang ada mata: %1</translation>
    </message>
    <message>
        <source>worth %1 · customers holding points: %2</source>
        <translation>bernilai %1 · pelanggan yang ada mata: %2</translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation>Tiada daftar masuk dalam tempoh ini</translation>
    </message>
    <message>
        <source>Check-ins by hour of the day</source>
        <translation>Daftar masuk ikut jam dalam sehari</translation>
    </message>
    <message>
        <source>Check-ins by day of the week</source>
        <translation>Daftar masuk ikut hari dalam minggu</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kali</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>No rewards were redeemed in this period.</source>
        <translation>Tiada ganjaran ditebus dalam tempoh ini.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kod ahli</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Mata diperoleh</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Pelanggan teratas</translation>
    </message>
    <message>
        <source>Nobody earned points in this period.</source>
        <translation>Tiada sesiapa memperoleh mata dalam tempoh ini.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Check-ins that day</source>
        <translation>Daftar masuk hari itu</translation>
    </message>
    <message>
        <source>Unusual check-ins</source>
        <translation>Daftar masuk luar biasa</translation>
    </message>
    <message>
        <source>Nobody checked in more often than usual in this period.</source>
        <translation>Tiada sesiapa daftar masuk lebih kerap daripada biasa dalam tempoh ini.</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Yes (Enter)</source>
        <translation>Ya (Enter)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Sahkan</translation>
    </message>
    <message>
        <source>No (Esc)</source>
        <translation>Tidak (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>New reward</source>
        <translation>Ganjaran baharu</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>Sunting ganjaran</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the reward</source>
        <translation>Simpan ganjaran</translation>
    </message>
    <message>
        <source>For example: Free coffee</source>
        <translation>Contoh: Kopi percuma</translation>
    </message>
    <message>
        <source>points</source>
        <translation>mata</translation>
    </message>
    <message>
        <source>Offered at the counter</source>
        <translation>Ditawarkan di kaunter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>A new cost applies from now on; past redemptions keep what they cost.</source>
        <translation>Harga baharu terpakai mulai sekarang; penebusan lalu kekal dengan harga asalnya.</translation>
    </message>
    <message>
        <source>Give the reward a title.</source>
        <translation>Beri tajuk kepada ganjaran.</translation>
    </message>
    <message>
        <source>A title is at most %1 characters.</source>
        <translation>Tajuk maksimum %1 aksara.</translation>
    </message>
</context>
<context>
    <name>RewardRow</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 mata</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Tebus</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Redeem %1</source>
        <translation>Tebus %1</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>New reward</source>
        <translation>Ganjaran baharu</translation>
    </message>
    <message>
        <source>Add a reward (Ctrl+N)</source>
        <translation>Tambah ganjaran (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Edit the reward (Enter)</source>
        <translation>Sunting ganjaran (Enter)</translation>
    </message>
    <message>
        <source>Stop offering</source>
        <translation>Henti tawar</translation>
    </message>
    <message>
        <source>Offer it or stop offering</source>
        <translation>Tawarkan atau henti tawar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Move up in the list (Alt+Up)</source>
        <translation>Naikkan dalam senarai (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Move down in the list (Alt+Down)</source>
        <translation>Turunkan dalam senarai (Alt+Down)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln ganjaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln reward(s)</source>
        <translation>
            <numerusform>%1 daripada %Ln ganjaran</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Search rewards</source>
        <translation>Cari ganjaran</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Ganjaran</translation>
    </message>
    <message>
        <source>No rewards yet — add one with New reward.</source>
        <translation>Belum ada ganjaran — tambah dengan Ganjaran baharu.</translation>
    </message>
    <message>
        <source>What customers can redeem their points for. The counter offers them in this order and numbers them 1 to 9.</source>
        <translation>Apa yang boleh ditebus pelanggan dengan mata mereka. Kaunter menawarkannya mengikut susunan ini dan menomborkannya 1 hingga 9.</translation>
    </message>
    <message>
        <source>No reward matches “%1”.</source>
        <translation>Tiada ganjaran yang sepadan dengan “%1”.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ditambah.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 ditawarkan semula.</translation>
    </message>
    <message>
        <source>%1 is no longer offered. Past redemptions stay in the history.</source>
        <translation>%1 tidak lagi ditawarkan. Penebusan lalu kekal dalam sejarah.</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Tawar semula</translation>
    </message>
</context>
<context>
    <name>RulesPreview</name>
    <message>
        <source>never expire</source>
        <translation>tidak pernah luput</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Points earned from now on %1 (until now: %2).</source>
        <translation>Mata yang diperoleh mulai sekarang %1 (sebelum ini: %2).</translation>
    </message>
    <message>
        <source>nothing (paying with points is off)</source>
        <translation>tiada (bayar dengan mata dimatikan)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expire after %Ln month(s)</source>
        <translation>
            <numerusform>luput selepas %Ln bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %Ln month(s)</source>
        <translation>
            <numerusform>selepas %Ln bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) earned before, held by %1, keep the expiry dates they have.</source>
        <translation>
            <numerusform>%Ln mata yang diperoleh sebelum ini, milik %1, kekal dengan tarikh luput sedia ada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of those points, held by %1, have no expiry date and keep none.</source>
        <translation>
            <numerusform>%Ln daripada mata itu, milik %1, tiada tarikh luput dan kekal begitu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new earning rules apply from the next check-in: %1 checked in during the last %Ln day(s).</source>
        <translation>
            <numerusform>Peraturan kutipan mata baharu terpakai mulai daftar masuk seterusnya: %1 daftar masuk dalam %Ln hari lepas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) customers hold are worth %1 when paying with points, instead of %2.</source>
        <translation>
            <numerusform>%Ln mata milik pelanggan bernilai %1 apabila membayar dengan mata, bukan %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Past ledger entries are never rewritten.</source>
        <translation>Entri lejar lalu tidak akan diubah.</translation>
    </message>
    <message>
        <source>Save the new rules?</source>
        <translation>Simpan peraturan baharu?</translation>
    </message>
    <message>
        <source>You are changing:</source>
        <translation>Anda menukar:</translation>
    </message>
    <message>
        <source>Save the new rules</source>
        <translation>Simpan peraturan baharu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type phone / email / code / name</source>
        <extracomment>Keystrokes closer together than this belong to one burst; people do not type this fast. The Enter that ends a burst comes this soon after its last character. A burst this short is too short to be a code. What the scan path can look up; a burst of anything else stays where it was typed.</extracomment>
        <translation>Imbas atau taip telefon / e-mel / kod / nama</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Imbas atau cari</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>For money spent</source>
        <translation>Ikut jumlah belanja</translation>
    </message>
    <message>
        <source>For each visit</source>
        <translation>Setiap lawatan</translation>
    </message>
    <message>
        <source>For each unit bought</source>
        <translation>Setiap unit dibeli</translation>
    </message>
    <message>
        <source>points</source>
        <translation>mata</translation>
    </message>
    <message>
        <source>Largest usual purchase</source>
        <translation>Pembelian biasa terbesar</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>Mata luput</translation>
    </message>
    <message>
        <source>months</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minit</translation>
    </message>
    <message>
        <source>Customers may pay with points</source>
        <translation>Pelanggan boleh bayar dengan mata</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama kedai</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Three letters: MYR, EUR…</source>
        <translation>Tiga huruf: MYR, EUR…</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Kawasan telefon lalai</translation>
    </message>
    <message>
        <source>For numbers without +country code: MY, IE…</source>
        <translation>Untuk nombor tanpa +kod negara: MY, IE…</translation>
    </message>
    <message>
        <source>Customers earn points</source>
        <translation>Pelanggan dapat mata</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>Mata setiap lawatan</translation>
    </message>
    <message>
        <source>Spend for 1 point</source>
        <translation>Belanja untuk 1 mata</translation>
    </message>
    <message>
        <source>Before the tier&apos;s multiplier.</source>
        <translation>Sebelum pengganda tahap.</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>Mata setiap unit</translation>
    </message>
    <message>
        <source>Above this the counter asks the cashier to confirm the amount. Empty: the usual default.</source>
        <translation>Melebihi ini, kaunter meminta juruwang mengesahkan jumlah. Kosong: nilai lalai biasa.</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Mata luput selepas</translation>
    </message>
    <message>
        <source>Counted from the day the points were earned.</source>
        <translation>Dikira dari hari mata diperoleh.</translation>
    </message>
    <message>
        <source>Check-in cooldown</source>
        <translation>Jarak antara daftar masuk</translation>
    </message>
    <message>
        <source>A second check-in this soon asks the cashier to confirm.</source>
        <translation>Daftar masuk kedua dalam masa ini memerlukan pengesahan juruwang.</translation>
    </message>
    <message>
        <source>Points on their birthday</source>
        <translation>Mata pada hari lahir</translation>
    </message>
    <message>
        <source>Added once a year, at the first check-in in the customer&apos;s birthday month. 0 turns it off.</source>
        <translation>Ditambah sekali setahun, semasa daftar masuk pertama dalam bulan hari lahir pelanggan. 0 untuk matikan.</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>Nilai 1 mata</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, 256 KiB.</source>
        <translation>PNG atau JPEG, 256 KiB.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Kutipan mata</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>A customer&apos;s tier follows what they spent in the last 12 months; the first tier starts at 0. Double-click a cell to change it.</source>
        <translation>Tahap pelanggan ikut jumlah belanja dalam 12 bulan lepas; tahap pertama bermula pada 0. Klik dua kali pada sel untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Expiry and cooldown</source>
        <translation>Luput dan jarak daftar masuk</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus hari lahir</translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>Bayar dengan mata</translation>
    </message>
    <message>
        <source>Type an amount, like 1.00.</source>
        <translation>Taip jumlah, seperti 1.00.</translation>
    </message>
    <message>
        <source>Type an amount, like 0.01.</source>
        <translation>Taip jumlah, seperti 0.01.</translation>
    </message>
    <message>
        <source>Type an amount above 0 and at most %1, like 1000, or leave it empty.</source>
        <translation>Taip jumlah melebihi 0 dan maksimum %1, seperti 1000, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>lalai: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Masalah dalam tetapan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Tiada perubahan</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Buat asal</translation>
    </message>
    <message>
        <source>Undo the changes</source>
        <translation>Buat asal perubahan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Simpan tetapan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>How the program works. New rules apply from now on: points already earned keep their expiry dates and past entries are never rewritten.</source>
        <translation>Cara program kesetiaan berfungsi. Peraturan baharu terpakai mulai sekarang: mata yang sudah diperoleh kekal dengan tarikh luputnya dan entri lalu tidak akan diubah.</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Pilih logo kedai</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imej (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>Fail itu tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Saved. The counter uses the new settings now.</source>
        <translation>Disimpan. Kaunter kini menggunakan tetapan baharu.</translation>
    </message>
    <message>
        <source>Saved: loyaltydesk speaks %1 on this computer from its next start.</source>
        <translation>Disimpan: loyaltydesk menggunakan %1 di komputer ini mulai permulaan seterusnya.</translation>
    </message>
    <message>
        <source>Saved: loyaltydesk follows the system&apos;s language from its next start.</source>
        <translation>Disimpan: loyaltydesk mengikut bahasa sistem mulai permulaan seterusnya.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Tetapan belum disimpan</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Leave without them?</source>
        <translation>Tetapan ada perubahan yang belum disimpan. Keluar tanpa menyimpannya?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Terus sunting</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Shop name</source>
        <translation>Nama kedai</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Kawasan telefon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zon waktu</translation>
    </message>
    <message>
        <source>Points are earned</source>
        <translation>Mata diperoleh</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>Mata setiap lawatan</translation>
    </message>
    <message>
        <source>Spend for 1 point</source>
        <translation>Belanja untuk 1 mata</translation>
    </message>
    <message>
        <source>Points per item</source>
        <translation>Mata setiap barang</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Mata luput selepas</translation>
    </message>
    <message>
        <source>Time between check-ins</source>
        <translation>Jarak antara daftar masuk</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus hari lahir</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>Nilai 1 mata</translation>
    </message>
    <message>
        <source>Cashiers may void for</source>
        <translation>Juruwang boleh batalkan dalam</translation>
    </message>
    <message>
        <source>Largest usual purchase</source>
        <translation>Pembelian biasa terbesar</translation>
    </message>
    <message>
        <source>for money spent</source>
        <translation>ikut jumlah belanja</translation>
    </message>
    <message>
        <source>per visit</source>
        <translation>setiap lawatan</translation>
    </message>
    <message>
        <source>per item bought</source>
        <translation>setiap barang dibeli</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>nilai lalai, %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>paying with points is off</source>
        <translation>bayar dengan mata dimatikan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minit</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 mulai %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>e.g. Kopi &amp; Co.</source>
        <translation>cth. Kopi &amp; Co.</translation>
    </message>
    <message>
        <source>e.g. Free coffee</source>
        <translation>cth. Kopi percuma</translation>
    </message>
    <message>
        <source>points</source>
        <translation>mata</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama kedai</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Phone numbers are from</source>
        <translation>Nombor telefon dari</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Nombor yang ditaip tanpa kod negara dianggap dari negara ini.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zon waktu</translation>
    </message>
    <message>
        <source>First reward</source>
        <translation>Ganjaran pertama</translation>
    </message>
    <message>
        <source>It costs</source>
        <translation>Harganya</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama anda</translation>
    </message>
    <message>
        <source>Your PIN (4 to 8 digits)</source>
        <translation>PIN anda (4 hingga 8 digit)</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>Ulang PIN</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Kedai anda</translation>
    </message>
    <message>
        <source>How customers earn points</source>
        <translation>Cara pelanggan dapat mata</translation>
    </message>
    <message>
        <source>Rates, tiers and expiry can be changed later in Settings.</source>
        <translation>Kadar, tahap dan tempoh luput boleh diubah kemudian dalam Tetapan.</translation>
    </message>
    <message>
        <source>The first reward</source>
        <translation>Ganjaran pertama</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>Taip nama kedai.</translation>
    </message>
    <message>
        <source>Type a three-letter code such as MYR or EUR.</source>
        <translation>Taip kod tiga huruf seperti MYR atau EUR.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Pilih zon waktu daripada senarai.</translation>
    </message>
    <message>
        <source>Name one reward, such as a free coffee.</source>
        <translation>Namakan satu ganjaran, contohnya kopi percuma.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Taip nama anda.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN mestilah 4 hingga 8 digit.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua-dua PIN tidak sama.</translation>
    </message>
    <message>
        <source>1 point for every %1 spent: a purchase of %2 earns 25 points.</source>
        <translation>1 mata bagi setiap %1 dibelanjakan: belian %2 dapat 25 mata.</translation>
    </message>
    <message>
        <source>1 point for every visit, whatever was bought: 10 visits earn 10 points.</source>
        <translation>1 mata bagi setiap lawatan, apa pun yang dibeli: 10 lawatan dapat 10 mata.</translation>
    </message>
    <message>
        <source>1 point for every item bought (cups, stamps…): 3 coffees earn 3 points.</source>
        <translation>1 mata bagi setiap barang dibeli (cawan, cop…): 3 kopi dapat 3 mata.</translation>
    </message>
    <message>
        <source>By money spent</source>
        <translation>Ikut belanja</translation>
    </message>
    <message>
        <source>By visit</source>
        <translation>Ikut lawatan</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Ikut barang</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome! Let&apos;s set up your shop</source>
        <translation>Selamat datang! Mari sediakan kedai anda</translation>
    </message>
    <message>
        <source>Four short parts. Everything except your PIN can be changed later.</source>
        <translation>Empat bahagian ringkas. Semua kecuali PIN anda boleh diubah kemudian.</translation>
    </message>
    <message>
        <source>Try the demo shop first →</source>
        <translation>Cuba kedai demo dahulu →</translation>
    </message>
    <message>
        <source>Opens a made-up café in its own window and database. Your shop stays empty.</source>
        <translation>Membuka kafe rekaan dalam tetingkap dan pangkalan datanya sendiri. Kedai anda kekal kosong.</translation>
    </message>
    <message>
        <source>Create my shop</source>
        <translation>Cipta kedai saya</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 sudah sedia</translation>
    </message>
    <message>
        <source>You are signed in as the owner. Two optional next steps, or start at the counter now (F10 opens the owner pages any time):</source>
        <translation>Anda log masuk sebagai pemilik. Dua langkah pilihan seterusnya, atau mula di kaunter sekarang (F10 membuka halaman pemilik pada bila-bila masa):</translation>
    </message>
    <message>
        <source>Import customers from a CSV</source>
        <translation>Import pelanggan daripada CSV</translation>
    </message>
    <message>
        <source>Add a cashier</source>
        <translation>Tambah juruwang</translation>
    </message>
    <message>
        <source>Start at the counter</source>
        <translation>Mula di kaunter</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter</source>
        <translation>Taip PIN anda dan tekan Enter</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Juruwang</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>Tambah staf</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sunting %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the staff member</source>
        <translation>Simpan staf</translation>
    </message>
    <message>
        <source>For example: Ana Lim</source>
        <translation>Contoh: Ana Lim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Owners may open these pages; cashiers may not.</source>
        <translation>Pemilik boleh buka halaman ini; juruwang tidak boleh.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baharu</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>4 hingga 8 digit.</translation>
    </message>
    <message>
        <source>Leave empty to keep the PIN.</source>
        <translation>Biarkan kosong untuk kekalkan PIN.</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulang PIN</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Taip nama orang itu.</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>Nama maksimum %1 aksara.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN mestilah 4 hingga 8 digit.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua-dua PIN tidak sama.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add staff</source>
        <translation>Tambah staf</translation>
    </message>
    <message>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>Tambah staf (Ctrl+N)</translation>
    </message>
    <message>
        <source>Role or PIN</source>
        <translation>Peranan / PIN</translation>
    </message>
    <message>
        <source>Change role or PIN (Enter)</source>
        <translation>Tukar peranan atau PIN (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Remove from the staff</source>
        <translation>Buang daripada senarai staf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (anda)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Boleh log masuk</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <source>Search staff by name</source>
        <translation>Cari staf ikut nama</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>No staff found.</source>
        <translation>Tiada staf dijumpai.</translation>
    </message>
    <message>
        <source>Everyone signs in with their own PIN. Five wrong PINs in a row lock sign-in at that till for a minute.</source>
        <translation>Setiap orang log masuk dengan PIN sendiri. Lima PIN salah berturut-turut mengunci log masuk di kaunter itu selama seminit.</translation>
    </message>
    <message>
        <source>No one on the staff is called “%1”.</source>
        <translation>Tiada staf bernama “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln orang</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 can sign in</source>
        <translation>%1 · %2 boleh log masuk</translation>
    </message>
    <message>
        <source>%1 can now sign in with their PIN.</source>
        <translation>%1 kini boleh log masuk dengan PIN mereka.</translation>
    </message>
    <message>
        <source>%1 was removed and cannot sign in any more.</source>
        <translation>%1 telah dibuang dan tidak boleh log masuk lagi.</translation>
    </message>
    <message>
        <source>%1: role and PIN changed.</source>
        <translation>%1: peranan dan PIN ditukar.</translation>
    </message>
    <message>
        <source>%1: PIN changed. The old PIN no longer works.</source>
        <translation>%1: PIN ditukar. PIN lama tidak boleh digunakan lagi.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 kini %2.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Buang %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. The history and the audit log keep their name. This cannot be undone here: to let them back in, add them again with a new PIN.</source>
        <translation>%1 tidak akan dapat log masuk lagi. Sejarah dan log audit mengekalkan nama mereka. Tindakan ini tidak boleh dibuat asal di sini: untuk membenarkan mereka semula, tambah mereka sekali lagi dengan PIN baharu.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Buang %1</translation>
    </message>
    <message>
        <source>%1 was removed and can no longer sign in.</source>
        <translation>%1 telah dibuang dan tidak boleh log masuk lagi.</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Progress to the next reward</source>
        <translation>Kemajuan ke ganjaran seterusnya</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 daripada %2</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Database: %1</source>
        <translation>Pangkalan data: %1</translation>
    </message>
    <message>
        <source>Database: shared server</source>
        <translation>Pangkalan data: pelayan kongsi</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Kamera: mati</translation>
    </message>
    <message>
        <source>Sync: off</source>
        <translation>Segerak: mati</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum log masuk</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>juruwang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 menunggu</translation>
    </message>
    <message>
        <source> · %1 for the owner</source>
        <translation> · %1 untuk pemilik</translation>
    </message>
    <message>
        <source>Sync: paused — the owner must check the key (Sync page)</source>
        <translation>Segerak: dijeda — pemilik perlu semak kunci (halaman Segerak)</translation>
    </message>
    <message>
        <source>Sync: offline · %1</source>
        <translation>Segerak: luar talian · %1</translation>
    </message>
    <message>
        <source>Sync: online · %1 · last sent %2</source>
        <translation>Segerak: dalam talian · %1 · terakhir dihantar %2</translation>
    </message>
    <message>
        <source>Sync: online · %1</source>
        <translation>Segerak: dalam talian · %1</translation>
    </message>
</context>
<context>
    <name>SyncDifferences</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Pelanggan %1</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Di sini</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Di %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Perbezaan</translation>
    </message>
    <message>
        <source>When read</source>
        <translation>Masa dibaca</translation>
    </message>
    <message>
        <source>Balances that differ</source>
        <translation>Baki yang berbeza</translation>
    </message>
    <message>
        <source>No differences: every balance read at the service matched this shop&apos;s.</source>
        <translation>Tiada perbezaan: setiap baki yang dibaca di perkhidmatan sepadan dengan baki kedai ini.</translation>
    </message>
    <message>
        <source>When a balance was read at %1, it was not the one here (less what was still waiting to be sent). Nothing was changed on either side: correct it here or at %1.</source>
        <translation>Semasa baki dibaca di %1, baki itu tidak sama dengan baki di sini (tolak yang masih menunggu untuk dihantar). Tiada apa-apa diubah di kedua-dua pihak: betulkan di sini atau di %1.</translation>
    </message>
    <message numerus="yes">
        <source>Check-in, %1 point(s)</source>
        <translation>
            <numerusform>Daftar masuk, %1 mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redemption, %1 point(s)</source>
        <translation>
            <numerusform>Penebusan, %1 mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adjustment, %1 point(s)</source>
        <translation>
            <numerusform>Pelarasan, %1 mata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void, %1 point(s)</source>
        <translation>
            <numerusform>Pembatalan, %1 mata</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baharu</translation>
    </message>
    <message>
        <source>Voucher used</source>
        <translation>Baucar digunakan</translation>
    </message>
    <message>
        <source>Voucher batch</source>
        <translation>Kelompok baucar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>KiriMel Loyalty</source>
        <translation>KiriMel Loyalty</translation>
    </message>
    <message>
        <source>Fidelización POS API</source>
        <translation>Fidelización POS API</translation>
    </message>
    <message>
        <source>Loyalty+</source>
        <translation>Loyalty+</translation>
    </message>
    <message>
        <source>Cata</source>
        <translation>Cata</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Kod tapak</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Jenis sumber</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nama sumber</translation>
    </message>
    <message>
        <source>Branch ID</source>
        <translation>ID cawangan</translation>
    </message>
    <message>
        <source>Till ID (POS ID)</source>
        <translation>ID kaunter (POS ID)</translation>
    </message>
    <message>
        <source>Who counts the points</source>
        <translation>Siapa yang mengira mata</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>ID kedai</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Rahsia API</translation>
    </message>
    <message>
        <source>Owner token (optional)</source>
        <translation>Token pemilik (pilihan)</translation>
    </message>
    <message>
        <source>Loyalty service</source>
        <translation>Perkhidmatan kesetiaan</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>As the service says</source>
        <translation>Ikut perkhidmatan</translation>
    </message>
    <message>
        <source>Address (base URL)</source>
        <translation>Alamat (URL asas)</translation>
    </message>
    <message>
        <source>As your service&apos;s documentation gives it, for example https://yourshop.example/api/loyalty.</source>
        <translation>Seperti dalam dokumentasi perkhidmatan anda, contohnya https://yourshop.example/api/loyalty.</translation>
    </message>
    <message>
        <source>Most calls a minute</source>
        <translation>Panggilan maksimum seminit</translation>
    </message>
    <message>
        <source>Leave empty to follow the limit the service announces.</source>
        <translation>Biarkan kosong untuk ikut had yang diumumkan perkhidmatan.</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Disimpan dalam keyring sistem</translation>
    </message>
    <message>
        <source>Type a whole number above 0.</source>
        <translation>Taip nombor bulat lebih daripada 0.</translation>
    </message>
    <message>
        <source>Check the number of calls a minute.</source>
        <translation>Semak bilangan panggilan seminit.</translation>
    </message>
    <message>
        <source>Type the service&apos;s address.</source>
        <translation>Taip alamat perkhidmatan.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Save and connect</source>
        <translation>Simpan dan sambung</translation>
    </message>
    <message>
        <source>Save the setup</source>
        <translation>Simpan tetapan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji sambungan</translation>
    </message>
    <message>
        <source>Ask the service who we are</source>
        <translation>Semak akaun kedai dengan perkhidmatan</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Henti segerak</translation>
    </message>
    <message>
        <source>Stop sending to the service</source>
        <translation>Henti menghantar ke perkhidmatan</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sambung semula</translation>
    </message>
    <message>
        <source>Send the queue again</source>
        <translation>Hantar semula baris gilir</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Kedai</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perkara</translation>
    </message>
    <message>
        <source>The service said</source>
        <translation>Jawapan perkhidmatan</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Cubaan</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Masalah segerak</translation>
    </message>
    <message>
        <source>No problems: everything the service refused would be listed here.</source>
        <translation>Tiada masalah: semua yang ditolak perkhidmatan akan disenaraikan di sini.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Hantar semula</translation>
    </message>
    <message>
        <source>Send the selected one again</source>
        <translation>Hantar semula yang dipilih</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Abaikan…</translation>
    </message>
    <message>
        <source>Never send the selected one</source>
        <translation>Jangan hantar yang dipilih</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>perkhidmatan</translation>
    </message>
    <message>
        <source>Balances that differ</source>
        <translation>Baki yang berbeza</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Segerak</translation>
    </message>
    <message>
        <source>Send check-ins, redemptions and new customers to your hosted loyalty service. The counter keeps working without the internet: what waits is sent, in order, when the service can be reached again.</source>
        <translation>Hantar daftar masuk, penebusan dan pelanggan baharu ke perkhidmatan kesetiaan dalam talian anda. Kaunter terus berfungsi tanpa internet: yang menunggu akan dihantar mengikut turutan apabila perkhidmatan dapat dihubungi semula.</translation>
    </message>
    <message>
        <source>Connected to %1. New check-ins are sent from now on; earlier history stays here.</source>
        <translation>Disambung ke %1. Daftar masuk baharu dihantar mulai sekarang; sejarah terdahulu kekal di sini.</translation>
    </message>
    <message>
        <source>Saved, but this computer has no keyring to keep the key: set LOYALTYDESK_API_KEY (and LOYALTYDESK_API_SECRET) for the app instead.</source>
        <translation>Disimpan, tetapi komputer ini tiada keyring untuk menyimpan kunci: tetapkan LOYALTYDESK_API_KEY (dan LOYALTYDESK_API_SECRET) untuk aplikasi ini sebagai ganti.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Bertanya kepada %1…</translation>
    </message>
    <message>
        <source>The service answered: %1</source>
        <translation>Jawapan perkhidmatan: %1</translation>
    </message>
    <message>
        <source>Stop syncing?</source>
        <translation>Henti segerak?</translation>
    </message>
    <message>
        <source>Nothing more is sent to %1. What is already waiting stays in the queue and goes if you connect again.</source>
        <translation>Tiada lagi yang dihantar ke %1. Yang sedang menunggu kekal dalam baris gilir dan dihantar jika anda bersambung semula.</translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Segerak dimatikan.</translation>
    </message>
    <message>
        <source>Sending again.</source>
        <translation>Menghantar semula.</translation>
    </message>
    <message>
        <source>It goes again with the next sending.</source>
        <translation>Ia akan dihantar semula pada penghantaran seterusnya.</translation>
    </message>
    <message>
        <source>Dismissed. It will not be sent; the reason is in the audit log.</source>
        <translation>Diabaikan. Ia tidak akan dihantar; sebabnya ada dalam log audit.</translation>
    </message>
    <message>
        <source>The service refused the key or the account: %1</source>
        <translation>Perkhidmatan menolak kunci atau akaun: %1</translation>
    </message>
    <message>
        <source>The service cannot be reached now: %1</source>
        <translation>Perkhidmatan tidak dapat dihubungi sekarang: %1</translation>
    </message>
    <message>
        <source>The service said no: %1</source>
        <translation>Perkhidmatan menolak: %1</translation>
    </message>
    <message>
        <source>Not connected: nothing is queued.</source>
        <translation>Tidak bersambung: tiada apa-apa dalam baris gilir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln masalah</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 menunggu untuk dihantar</translation>
    </message>
    <message>
        <source>the oldest from %1</source>
        <translation>yang tertua dari %1</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>terakhir dihantar %1</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>belum ada yang dihantar</translation>
    </message>
    <message>
        <source>Sending is paused: the service refused the key or the account (%1: %2). Check the key, save it, then press Resume.</source>
        <translation>Penghantaran dijeda: perkhidmatan menolak kunci atau akaun (%1: %2). Semak kunci, simpan, kemudian tekan Sambung semula.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so keys typed here cannot be kept. Start the app with LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET and LOYALTYDESK_API_TOKEN set instead.</source>
        <translation>Komputer ini tiada keyring, jadi kunci yang ditaip di sini tidak dapat disimpan. Sebaliknya, mulakan aplikasi dengan LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET dan LOYALTYDESK_API_TOKEN ditetapkan.</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <source>Tier</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>From spend (%1)</source>
        <translation>Belanja minimum (%1)</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>Mata ×</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>Tahap %1 perlu ada nama.</translation>
    </message>
    <message>
        <source>Type %1&apos;s qualifying spend as a number, like 500.</source>
        <translation>Taip belanja kelayakan %1 sebagai nombor, seperti 500.</translation>
    </message>
    <message>
        <source>Type %1&apos;s multiplier as a number, like 1.5.</source>
        <translation>Taip pengganda %1 sebagai nombor, seperti 1.5.</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>Tiers</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Tambah tahap</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>Tambah tahap</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Buang tahap</translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation>Buang tahap yang dipilih</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void transaction</source>
        <translation>Batalkan transaksi</translation>
    </message>
    <message>
        <source>Void %1? The points go back as they were.</source>
        <translation>Batalkan %1? Mata dikembalikan seperti asal.</translation>
    </message>
    <message>
        <source>e.g. wrong customer</source>
        <translation>cth. salah pelanggan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN pemilik</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batalkan</translation>
    </message>
</context>
<context>
    <name>VoucherActions</name>
    <message>
        <source>Purchase amount</source>
        <translation>Jumlah belian</translation>
    </message>
    <message>
        <source>Enter = see the discount, then Enter again to redeem</source>
        <translation>Enter = lihat diskaun, kemudian Enter lagi untuk tebus</translation>
    </message>
    <message>
        <source>Apply voucher</source>
        <translation>Guna baucar</translation>
    </message>
</context>
<context>
    <name>VoucherBatchDetail</name>
    <message>
        <source>← All batches</source>
        <translation>← Semua kelompok</translation>
    </message>
    <message>
        <source>Back to all batches</source>
        <translation>Kembali ke semua kelompok</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Cari kod</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Voucher codes</source>
        <translation>Kod baucar</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Reason (needed to void)</source>
        <translation>Sebab (wajib untuk batal)</translation>
    </message>
    <message>
        <source>e.g. printed with the wrong dates</source>
        <translation>cth. dicetak dengan tarikh salah</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Sebab pembatalan</translation>
    </message>
    <message>
        <source>Void the selected code</source>
        <translation>Batalkan kod yang dipilih</translation>
    </message>
    <message>
        <source>Void the whole batch</source>
        <translation>Batalkan seluruh kelompok</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s codes…</source>
        <translation>Menunggu kod daripada %1…</translation>
    </message>
    <message>
        <source>No code matches what you typed.</source>
        <translation>Tiada kod yang sepadan dengan yang anda taip.</translation>
    </message>
    <message>
        <source>%1&apos;s codes have arrived: the batch is ready to print.</source>
        <translation>Kod daripada %1 sudah tiba: kelompok sedia untuk dicetak.</translation>
    </message>
    <message>
        <source>Codes shown: %1 of %2</source>
        <translation>Kod dipaparkan: %1 daripada %2</translation>
    </message>
    <message>
        <source>Void every unused voucher of “%2” (%1 in all)? They will be refused at the counter. Redeemed vouchers (%3) stay redeemed. This cannot be undone.</source>
        <translation>Batalkan semua baucar “%2” yang belum digunakan (%1 kesemuanya)? Baucar itu akan ditolak di kaunter. Baucar yang sudah ditebus (%3) kekal ditebus. Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <source>Void batch</source>
        <translation>Batalkan kelompok</translation>
    </message>
    <message>
        <source>The batch is void.</source>
        <translation>Kelompok telah dibatalkan.</translation>
    </message>
    <message>
        <source>Void voucher %1? It will be refused at the counter. This cannot be undone.</source>
        <translation>Batalkan baucar %1? Baucar itu akan ditolak di kaunter. Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <source>Void voucher</source>
        <translation>Batalkan baucar</translation>
    </message>
    <message>
        <source>Voucher %1 is void.</source>
        <translation>Baucar %1 telah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>VoucherBatchDialog</name>
    <message>
        <source>New voucher batch</source>
        <translation>Kelompok baucar baharu</translation>
    </message>
    <message>
        <source>e.g. Opening week</source>
        <translation>cth. Minggu pembukaan</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nama kelompok</translation>
    </message>
    <message>
        <source>Kind of voucher</source>
        <translation>Jenis baucar</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Diskaun peratus</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>Diskaun jumlah</translation>
    </message>
    <message>
        <source>Buy one, get one free</source>
        <translation>Beli 1 percuma 1</translation>
    </message>
    <message>
        <source>e.g. Buy one coffee, get a second free</source>
        <translation>cth. Beli satu kopi, kopi kedua percuma</translation>
    </message>
    <message>
        <source>What the customer gets</source>
        <translation>Apa yang pelanggan dapat</translation>
    </message>
    <message>
        <source> vouchers</source>
        <translation> baucar</translation>
    </message>
    <message>
        <source>How many vouchers</source>
        <translation>Bilangan baucar</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Sah dari</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Sah hingga</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>Belian minimum</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Tiada minimum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>How many (1 to 1,000)</source>
        <translation>Bilangan (1 hingga 1,000)</translation>
    </message>
    <message>
        <source>Valid until (the whole day)</source>
        <translation>Sah hingga (sepanjang hari)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Create vouchers</source>
        <translation>Cipta baucar</translation>
    </message>
    <message>
        <source>Give the batch a name.</source>
        <translation>Beri nama kepada kelompok.</translation>
    </message>
    <message>
        <source>Make at least 1 voucher.</source>
        <translation>Buat sekurang-kurangnya 1 baucar.</translation>
    </message>
    <message>
        <source>Type how many percent off, above 0.</source>
        <translation>Taip peratus diskaun, lebih daripada 0.</translation>
    </message>
    <message>
        <source>Type how much money off, above 0.</source>
        <translation>Taip jumlah diskaun, lebih daripada 0.</translation>
    </message>
    <message>
        <source>The last valid day is before the first.</source>
        <translation>Hari sah terakhir lebih awal daripada hari pertama.</translation>
    </message>
    <message>
        <source>The last valid day has already passed.</source>
        <translation>Hari sah terakhir sudah berlalu.</translation>
    </message>
    <message>
        <source>Discard this batch?</source>
        <translation>Buang kelompok ini?</translation>
    </message>
    <message>
        <source>The new batch has not been created. Close the form and lose what you typed?</source>
        <translation>Kelompok baharu belum dicipta. Tutup borang dan buang yang anda taip?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Money off (%1)</source>
        <translation>Diskaun jumlah (%1)</translation>
    </message>
    <message>
        <source>What the customer gets (optional)</source>
        <translation>Apa yang pelanggan dapat (pilihan)</translation>
    </message>
</context>
<context>
    <name>VoucherCard</name>
    <message>
        <source>Valid</source>
        <translation>Sah</translation>
    </message>
    <message>
        <source>Not valid yet — from %1</source>
        <translation>Belum sah — mulai %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Luput pada %1</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2 by %3</source>
        <translation>Sudah ditebus pada %1 di %2 oleh %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>Diskaun %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>Diskaun %1%</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Baucar</translation>
    </message>
    <message>
        <source>Voucher benefit</source>
        <translation>Manfaat baucar</translation>
    </message>
    <message>
        <source>Voucher state</source>
        <translation>Status baucar</translation>
    </message>
    <message>
        <source>Who uses the voucher</source>
        <translation>Siapa yang guna baucar</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>Sah %1 – %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Sah hingga %1</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Sah dari %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Tiada tarikh tamat</translation>
    </message>
    <message>
        <source>Minimum purchase %1</source>
        <translation>Belian minimum %1</translation>
    </message>
</context>
<context>
    <name>VoucherPrintCard</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Vouchers across</source>
        <translation>Baucar melintang</translation>
    </message>
    <message>
        <source>Vouchers down</source>
        <translation>Baucar menegak</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratonton cetakan…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratonton cetakan</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Export codes as CSV…</source>
        <translation>Eksport kod sebagai CSV…</translation>
    </message>
    <message>
        <source>Export codes as CSV</source>
        <translation>Eksport kod sebagai CSV</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Cetak dan eksport</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>Melintang</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Menegak</translation>
    </message>
    <message>
        <source>Per page: %1 · vouchers to print: %2 · pages: %3</source>
        <translation>Setiap halaman: %1 · baucar untuk dicetak: %2 · halaman: %3</translation>
    </message>
    <message>
        <source>Per page: %1 · nothing to print: no unused vouchers.</source>
        <translation>Setiap halaman: %1 · tiada untuk dicetak: tiada baucar yang belum digunakan.</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s codes… The sheets print once they arrive; this page updates by itself.</source>
        <translation>Menunggu kod daripada %1… Helaian dicetak sebaik sahaja kod tiba; halaman ini dikemas kini sendiri.</translation>
    </message>
    <message>
        <source>%1 refused this batch, so it has no codes to print. See Sync problems on the Sync page.</source>
        <translation>%1 menolak kelompok ini, jadi tiada kod untuk dicetak. Lihat Masalah segerak di halaman Segerak.</translation>
    </message>
    <message>
        <source>Cancelled. No PDF was saved.</source>
        <translation>Dibatalkan. Tiada PDF disimpan.</translation>
    </message>
    <message>
        <source>PDF saved as %3 (vouchers: %1, pages: %2).</source>
        <translation>PDF disimpan sebagai %3 (baucar: %1, halaman: %2).</translation>
    </message>
    <message>
        <source>Saving the vouchers as PDF</source>
        <translation>Menyimpan baucar sebagai PDF</translation>
    </message>
    <message>
        <source>Codes exported to %2 (rows: %1).</source>
        <translation>Kod dieksport ke %2 (baris: %1).</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export codes</source>
        <translation>Eksport kod</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>VoucherSheet</name>
    <message>
        <source>Minimum purchase {amount}</source>
        <extracomment>Symbols printed for common shop currencies; any other prints its ISO code.</extracomment>
        <translation>Belian minimum {amount}</translation>
    </message>
    <message>
        <source>Vouchers – {shop}</source>
        <translation>Baucar – {shop}</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>Diskaun {amount}</translation>
    </message>
    <message>
        <source>{percent} off</source>
        <translation>Diskaun {percent}</translation>
    </message>
    <message>
        <source>Free {item}</source>
        <translation>{item} percuma</translation>
    </message>
    <message>
        <source>Valid {start} – {end}</source>
        <translation>Sah {start} – {end}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Sah hingga {date}</translation>
    </message>
    <message>
        <source>Valid from {date}</source>
        <translation>Sah dari {date}</translation>
    </message>
</context>
<context>
    <name>VoucherWords</name>
    <message>
        <source>Percent off</source>
        <translation>Diskaun peratus</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>Diskaun jumlah</translation>
    </message>
    <message>
        <source>Buy one, get one</source>
        <translation>Beli 1 percuma 1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hingga %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>tiada tarikh tamat</translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation>sah %1</translation>
    </message>
    <message>
        <source>minimum purchase %1</source>
        <translation>belian minimum %1</translation>
    </message>
    <message>
        <source>voided on %1</source>
        <translation>dibatalkan pada %1</translation>
    </message>
    <message>
        <source>Made: %1 · redeemed: %2 · void: %3 · expired: %4 · can still be used: %5</source>
        <translation>Dibuat: %1 · ditebus: %2 · dibatalkan: %3 · luput: %4 · masih boleh diguna: %5</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Vouchers</source>
        <translation>Baucar</translation>
    </message>
    <message>
        <source>Search batches by name or offer</source>
        <translation>Cari kelompok ikut nama atau tawaran</translation>
    </message>
    <message>
        <source>Search voucher batches</source>
        <translation>Cari kelompok baucar</translation>
    </message>
    <message>
        <source>Create a batch…</source>
        <translation>Cipta kelompok…</translation>
    </message>
    <message>
        <source>Create a voucher batch</source>
        <translation>Cipta kelompok baucar</translation>
    </message>
    <message>
        <source>Voucher batches</source>
        <translation>Kelompok baucar</translation>
    </message>
    <message>
        <source>No vouchers yet — create a batch</source>
        <translation>Belum ada baucar — cipta satu kelompok</translation>
    </message>
    <message>
        <source>Double-click a batch, or select it and press Enter, to open it.</source>
        <translation>Klik dua kali pada kelompok, atau pilih dan tekan Enter, untuk membukanya.</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <source> (waiting for %1&apos;s codes)</source>
        <translation> (menunggu kod daripada %1)</translation>
    </message>
    <message>
        <source> (refused by %1)</source>
        <translation> (ditolak oleh %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Tempoh sah</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ditebus</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Luput</translation>
    </message>
    <message>
        <source>No batch matches “%1”.</source>
        <translation>Tiada kelompok yang sepadan dengan “%1”.</translation>
    </message>
    <message>
        <source>Batches: %1 of %2</source>
        <translation>Kelompok: %1 daripada %2</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>Kelompok: %1</translation>
    </message>
    <message>
        <source>Batch “%2” created. Vouchers: %1.</source>
        <translation>Kelompok “%2” dicipta. Baucar: %1.</translation>
    </message>
    <message>
        <source>%1 makes their codes: they are printed once they arrive.</source>
        <translation>%1 menjana kodnya: kod dicetak sebaik sahaja tiba.</translation>
    </message>
</context>
<context>
    <name>WholeNumberEdit</name>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Taip nombor bulat dari %1 hingga %2.</translation>
    </message>
</context>
</TS>
