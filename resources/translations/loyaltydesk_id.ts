<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Total belanja</translation>
    </message>
    <message>
        <source>Enter = check in</source>
        <translation>Enter = check-in</translation>
    </message>
    <message>
        <source>Press Enter to check in this visit</source>
        <translation>Tekan Enter untuk check-in kunjungan ini</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor struk</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Pay with points (F4)</source>
        <translation>Bayar pakai poin (F4)</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Bayar pakai poin</translation>
    </message>
    <message>
        <source>Points to pay with</source>
        <translation>Poin yang dipakai</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Pay with these points</source>
        <translation>Bayar pakai poin ini</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>No rewards in the catalog yet</source>
        <translation>Belum ada hadiah di katalog</translation>
    </message>
    <message>
        <source>Receipt #</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Units bought</source>
        <translation>Item dibeli</translation>
    </message>
    <message>
        <source>press the number</source>
        <translation>tekan angkanya</translation>
    </message>
    <message>
        <source>Ctrl + number</source>
        <translation>Ctrl + angka</translation>
    </message>
    <message>
        <source>Rewards — %1</source>
        <translation>Hadiah — %1</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Sesuaikan poin</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln point(s).</source>
        <translation>
            <numerusform>%1 punya %Ln poin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Tambah poin</translation>
    </message>
    <message>
        <source>Remove points</source>
        <translation>Kurangi poin</translation>
    </message>
    <message>
        <source> points</source>
        <translation> poin</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>e.g. Missed check-in on 3 March</source>
        <translation>mis. Lupa check-in tanggal 3 Maret</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Alasan (wajib)</translation>
    </message>
    <message>
        <source>Type how many points, above 0.</source>
        <translation>Ketik jumlah poin, lebih dari 0.</translation>
    </message>
    <message numerus="yes">
        <source>They have only %Ln point(s).</source>
        <translation>
            <numerusform>Poinnya hanya %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Balance after: %Ln point(s)</source>
        <translation>
            <numerusform>Saldo setelah penyesuaian: %Ln poin</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why, so the history explains it.</source>
        <translation>Tulis alasannya agar jelas di riwayat.</translation>
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
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Tidak ada detail.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
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
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Wrong PIN typed</source>
        <translation>PIN salah</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>Menambah staf</translation>
    </message>
    <message>
        <source>Removed a staff member</source>
        <translation>Menghapus staf</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Mengubah peran</translation>
    </message>
    <message>
        <source>Changed a PIN</source>
        <translation>Mengubah PIN</translation>
    </message>
    <message>
        <source>Cashier PIN refused for owner access</source>
        <translation>PIN kasir ditolak untuk akses pemilik</translation>
    </message>
    <message>
        <source>Saved the settings</source>
        <translation>Menyimpan pengaturan</translation>
    </message>
    <message>
        <source>Changed the logo</source>
        <translation>Mengganti logo</translation>
    </message>
    <message>
        <source>Removed the logo</source>
        <translation>Menghapus logo</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>Menambah hadiah</translation>
    </message>
    <message>
        <source>Changed a reward</source>
        <translation>Mengubah hadiah</translation>
    </message>
    <message>
        <source>Reordered the rewards</source>
        <translation>Mengubah urutan hadiah</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Membuat cadangan</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Cadangan harian</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Memulihkan cadangan</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Redeemed a reward</source>
        <translation>Menukar hadiah</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Bayar pakai poin</translation>
    </message>
    <message>
        <source>Adjusted points</source>
        <translation>Menyesuaikan poin</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Membatalkan transaksi</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Poin hangus</translation>
    </message>
    <message>
        <source>Registered a customer</source>
        <translation>Mendaftarkan pelanggan</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Mengubah data pelanggan</translation>
    </message>
    <message>
        <source>Blocked a customer</source>
        <translation>Memblokir pelanggan</translation>
    </message>
    <message>
        <source>Unblocked a customer</source>
        <translation>Membuka blokir pelanggan</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>Menggabungkan pelanggan</translation>
    </message>
    <message>
        <source>Erased a customer</source>
        <translation>Menghapus data pelanggan</translation>
    </message>
    <message>
        <source>Exported a customer&apos;s data</source>
        <translation>Mengekspor data pelanggan</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Mengimpor pelanggan</translation>
    </message>
    <message>
        <source>Created vouchers</source>
        <translation>Membuat voucher</translation>
    </message>
    <message>
        <source>Redeemed a voucher</source>
        <translation>Menukar voucher</translation>
    </message>
    <message>
        <source>Voided a voucher</source>
        <translation>Membatalkan voucher</translation>
    </message>
    <message>
        <source>Voided a voucher batch</source>
        <translation>Membatalkan batch voucher</translation>
    </message>
    <message>
        <source>Exported the customer list</source>
        <translation>Mengekspor daftar pelanggan</translation>
    </message>
    <message>
        <source>Exported the points history</source>
        <translation>Mengekspor riwayat poin</translation>
    </message>
    <message>
        <source>Set up sync with a loyalty service</source>
        <translation>Menyiapkan sinkron dengan layanan loyalitas</translation>
    </message>
    <message>
        <source>Turned sync off</source>
        <translation>Mematikan sinkron</translation>
    </message>
    <message>
        <source>Started sync again after a pause</source>
        <translation>Melanjutkan sinkron setelah jeda</translation>
    </message>
    <message>
        <source>Sent an entry that had failed to sync again</source>
        <translation>Mengirim ulang entri yang gagal disinkronkan</translation>
    </message>
    <message>
        <source>Set aside an entry that could not be synced</source>
        <translation>Menyisihkan entri yang tidak bisa disinkronkan</translation>
    </message>
    <message>
        <source>All staff and sign-in entries</source>
        <translation>Semua entri staf dan login</translation>
    </message>
    <message>
        <source>All settings changes</source>
        <translation>Semua perubahan pengaturan</translation>
    </message>
    <message>
        <source>All reward changes</source>
        <translation>Semua perubahan hadiah</translation>
    </message>
    <message>
        <source>All points (check-ins, rewards, voids…)</source>
        <translation>Semua poin (check-in, hadiah, pembatalan…)</translation>
    </message>
    <message>
        <source>All customer changes</source>
        <translation>Semua perubahan pelanggan</translation>
    </message>
    <message>
        <source>All voucher entries</source>
        <translation>Semua entri voucher</translation>
    </message>
    <message>
        <source>All backups</source>
        <translation>Semua cadangan</translation>
    </message>
    <message>
        <source>All sync entries</source>
        <translation>Semua entri sinkron</translation>
    </message>
    <message>
        <source>All exports of the customer list</source>
        <translation>Semua ekspor daftar pelanggan</translation>
    </message>
    <message>
        <source>All exports of the points history</source>
        <translation>Semua ekspor riwayat poin</translation>
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
        <translation>hadiah no. %1</translation>
    </message>
    <message>
        <source>staff member no. %1</source>
        <translation>staf no. %1</translation>
    </message>
    <message>
        <source>voucher batch no. %1</source>
        <translation>batch voucher no. %1</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>layanan %1</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>Details that are references between records, not something an owner reads.</extracomment>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasir</translation>
    </message>
    <message>
        <source>a customer whose data was erased</source>
        <translation>pelanggan yang datanya dihapus</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 poin</numerusform>
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
            <numerusform>seharga %Ln poin</numerusform>
        </translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>sebagai %1</translation>
    </message>
    <message>
        <source>The shop&apos;s first settings</source>
        <translation>Pengaturan awal toko</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktivitas</translation>
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
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Every till</source>
        <translation>Semua terminal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada catatan.</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Lebih baru</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Entri lebih baru</translation>
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
        <translation>Siapa melakukan apa, kapan, dan di terminal mana, yang terbaru di atas. Tekan Enter atau klik dua kali untuk melihat entri selengkapnya.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Tidak ada entri yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Tidak ada entri</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln entries</source>
        <translation>
            <numerusform>%1–%2 dari %Ln entri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
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
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <source>Copy the shop&apos;s data now</source>
        <translation>Salin data toko sekarang</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Pulihkan cadangan yang dipilih</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Pulihkan dari file…</translation>
    </message>
    <message>
        <source>Restore a backup file from elsewhere</source>
        <translation>Pulihkan file cadangan dari lokasi lain</translation>
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
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Search backups by date or kind</source>
        <translation>Cari cadangan menurut tanggal atau jenis</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>No backups yet — press Back up now to make the first one.</source>
        <translation>Belum ada cadangan — tekan Cadangkan untuk membuat yang pertama.</translation>
    </message>
    <message>
        <source>Copies of all the shop&apos;s data, made while the app keeps running. A backup is also made automatically once a day.</source>
        <translation>Salinan seluruh data toko, dibuat tanpa menghentikan aplikasi. Cadangan juga dibuat otomatis sekali sehari.</translation>
    </message>
    <message>
        <source>Backups go to %1. The newest %2 are kept; older ones are deleted.</source>
        <translation>Cadangan disimpan di %1. %2 cadangan terbaru disimpan; yang lebih lama dihapus.</translation>
    </message>
    <message>
        <source>No backup matches “%1”.</source>
        <translation>Tidak ada cadangan yang cocok dengan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln cadangan</numerusform>
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
            <numerusform>%Ln catatan poin</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces ALL the shop&apos;s data with %1: %2 and %3. Everything recorded since that backup will be gone.

A copy of the data as it is now is saved in the backups folder first. loyaltydesk must be restarted afterwards.</source>
        <translation>Pemulihan mengganti SEMUA data toko dengan %1: %2 dan %3. Semua yang tercatat sejak cadangan itu akan hilang.

Salinan data saat ini disimpan dulu di folder cadangan. Setelah itu loyaltydesk harus dimulai ulang.</translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln customer(s). Restart loyaltydesk to carry on.</source>
        <translation>
            <numerusform>Dipulihkan: %Ln pelanggan. Mulai ulang loyaltydesk untuk melanjutkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the shop</source>
        <translation>Mencadangkan data toko</translation>
    </message>
    <message>
        <source>Backup cancelled — nothing was copied.</source>
        <translation>Pencadangan dibatalkan — tidak ada yang disalin.</translation>
    </message>
    <message>
        <source>Backed up: %1, %2, in %3.</source>
        <translation>Dicadangkan: %1, %2, dalam %3.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Pilih cadangan yang akan dipulihkan</translation>
    </message>
    <message>
        <source>loyaltydesk backups (*.db);;All files (*)</source>
        <translation>Cadangan loyaltydesk (*.db);;Semua file (*)</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>cadangan dari %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <source>Replace all data</source>
        <translation>Ganti semua data</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Memulihkan cadangan</translation>
    </message>
    <message>
        <source>Restore cancelled — nothing changed.</source>
        <translation>Pemulihan dibatalkan — tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Restart loyaltydesk</source>
        <translation>Mulai ulang loyaltydesk</translation>
    </message>
    <message>
        <source>The backup was restored. Close loyaltydesk and start it again now.</source>
        <translation>Cadangan sudah dipulihkan. Tutup loyaltydesk dan buka lagi sekarang.</translation>
    </message>
    <message>
        <source>Until it restarts, this window may still show the data from before. The data as it was just before the restore is kept as %1.</source>
        <translation>Sebelum dimulai ulang, jendela ini mungkin masih menampilkan data lama. Data sesaat sebelum pemulihan disimpan sebagai %1.</translation>
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
        <translation>Data toko ini ada di server PostgreSQL</translation>
    </message>
    <message>
        <source>loyaltydesk does not copy a server database itself. Back it up with the server&apos;s own tools, for example every night with pg_dump, and restore with pg_restore. Ask whoever runs the server to set this up and to test a restore now and then.</source>
        <translation>loyaltydesk tidak menyalin database server sendiri. Cadangkan dengan alat milik server itu, misalnya setiap malam dengan pg_dump, dan pulihkan dengan pg_restore. Minta pengelola server mengaturnya dan sesekali menguji pemulihan.</translation>
    </message>
    <message>
        <source>Backup and restore commands</source>
        <translation>Perintah cadangkan dan pulihkan</translation>
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
        <translation>Kamera {number} (tidak terhubung)</translation>
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
        <translation>Dekatkan kartu member ke kamera: gambar berkedip hijau saat kartu terbaca.</translation>
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
        <translation>Pratinjau kamera</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Menyalakan kamera…</translation>
    </message>
    <message>
        <source>Hold a card or phone up to the camera</source>
        <translation>Dekatkan kartu atau HP ke kamera</translation>
    </message>
    <message>
        <source>Scanning is paused</source>
        <translation>Scan dijeda</translation>
    </message>
    <message>
        <source>No camera found. Plug one in or choose another camera.</source>
        <translation>Kamera tidak ditemukan. Pasang kamera atau pilih kamera lain.</translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close it to scan here.</source>
        <translation>Kamera sedang dipakai program lain. Tutup program itu agar bisa scan di sini.</translation>
    </message>
    <message>
        <source>Camera access is blocked. Allow it in the system settings.</source>
        <translation>Akses kamera diblokir. Izinkan di pengaturan sistem.</translation>
    </message>
    <message>
        <source>Cannot start the camera: close other camera apps, check access.</source>
        <translation>Kamera tidak bisa dinyalakan: tutup aplikasi kamera lain, periksa akses.</translation>
    </message>
    <message>
        <source>The camera stopped responding. Reconnecting…</source>
        <translation>Kamera tidak merespons. Menghubungkan ulang…</translation>
    </message>
    <message>
        <source>The video has ended</source>
        <translation>Video sudah berakhir</translation>
    </message>
    <message>
        <source>The camera is off</source>
        <translation>Kamera mati</translation>
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
        <translation>Kamera: scan aktif</translation>
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
        <translation>Level</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>DIBLOKIR</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Saldo poin</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>Balance at the loyalty service</source>
        <translation>Saldo di layanan loyalitas</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Pelanggan %1</translation>
    </message>
    <message numerus="yes">
        <source>point(s)</source>
        <translation>
            <numerusform>poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1</source>
        <translation>
            <numerusform>%Ln poin hangus pada %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No points expiring</source>
        <translation>Tidak ada poin yang akan hangus</translation>
    </message>
    <message>
        <source>Last visits: %1</source>
        <translation>Kunjungan terakhir: %1</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Kunjungan pertama</translation>
    </message>
    <message>
        <source>the loyalty service</source>
        <translation>layanan loyalitas</translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s)</source>
        <translation>
            <numerusform>Menurut %3: %1 poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s) (read %2)</source>
        <translation>
            <numerusform>Menurut %3: %1 poin (dibaca %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reward is available</source>
        <translation>Semua hadiah bisa ditukar</translation>
    </message>
    <message>
        <source>%1 / %2 to %3</source>
        <translation>%1 / %2 menuju %3</translation>
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
        <translation>Buka pelanggan yang dipertahankan</translation>
    </message>
    <message>
        <source>Adjust points…</source>
        <translation>Sesuaikan poin…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokir</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Gabungkan duplikat…</translation>
    </message>
    <message>
        <source>Reprint member card</source>
        <translation>Cetak ulang kartu member</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Ekspor datanya…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Hapus data…</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Bagian data pelanggan</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>Riwayat poin</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Buka blokir</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The profile has changes that are not saved.</source>
        <translation>Ada perubahan profil yang belum disimpan.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) — %2</source>
        <translation>
            <numerusform>%1 poin — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %Ln point(s)) will be merged into %3. Their points move here with their expiry dates; their record is closed and can no longer be used at the counter. Both histories and the audit trail are kept. This cannot be undone.</source>
        <translation>
            <numerusform>%1 (%2, %Ln poin) akan digabungkan ke %3. Poinnya pindah ke sini beserta tanggal hangusnya; datanya ditutup dan tidak bisa dipakai lagi di kasir. Riwayat keduanya dan jejak audit tetap disimpan. Ini tidak bisa dibatalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into this customer: %Ln point(s) moved.</source>
        <translation>
            <numerusform>%1 digabungkan ke pelanggan ini: %Ln poin dipindahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved their profile and %Ln ledger entries to %1.</source>
        <translation>
            <numerusform>Profil dan %Ln catatan poin disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: nothing can be recorded for them at the counter.</source>
        <translation>Diblokir: tidak ada transaksi yang bisa dicatat untuknya di kasir.</translation>
    </message>
    <message>
        <source>Unblocked: they can collect and spend points again.</source>
        <translation>Blokir dibuka: pelanggan bisa mengumpulkan dan memakai poin lagi.</translation>
    </message>
    <message>
        <source>Merge customers?</source>
        <translation>Gabungkan pelanggan?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>This removes %1&apos;s name, phone, email, birth date and notes for good, and their points can no longer be used. The points history stays, anonymised, for the shop&apos;s books, and the audit trail records the erasure. This cannot be undone.</source>
        <translation>Ini menghapus nama, telepon, email, tanggal lahir, dan catatan %1 secara permanen, dan poinnya tidak bisa dipakai lagi. Riwayat poin tetap disimpan tanpa identitas untuk pembukuan toko, dan penghapusan ini tercatat di jejak audit. Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>Hapus data %1?</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <source>Personal data erased. The anonymised history and the audit entry are kept.</source>
        <translation>Data pribadi dihapus. Riwayat tanpa identitas dan entri audit tetap disimpan.</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Ekspor datanya</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Points balance</source>
        <translation>Saldo poin</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>bergabung %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>kunjungan terakhir %1</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>belum berkunjung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln poin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <source>Earned</source>
        <translation>Didapat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Disesuaikan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hangus</translation>
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
        <translation>Poin ini hangus pada %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Terminal</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama belakang</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Opening points</source>
        <translation>Poin awal</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kode member</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Izin promosi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Yang perlu diperbaiki</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln new customer(s) from %1?

Opening points: %2
Rows with problems, left out: %3
Rows imported before, skipped: %4</source>
        <translation>
            <numerusform>Impor %Ln pelanggan baru dari %1?

Poin awal: %2
Baris bermasalah, tidak disertakan: %3
Baris yang sudah pernah diimpor, dilewati: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1 · New customers: %2 · Already imported: %3 · Rows with problems: %4 · Opening points: %5</source>
        <translation>Baris dibaca: %1 · Pelanggan baru: %2 · Sudah diimpor: %3 · Baris bermasalah: %4 · Poin awal: %5</translation>
    </message>
    <message numerus="yes">
        <source>Import about %Ln row(s) from %1?

Rows with problems (%2 seen so far) are left out. &quot;Check the whole file&quot; first shows the exact numbers.</source>
        <translation>
            <numerusform>Impor sekitar %Ln baris dari %1?

Baris bermasalah (sejauh ini %2) tidak disertakan. Untuk angka pastinya, jalankan dulu &quot;Periksa seluruh file&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was imported stays; import the same file again to finish — rows already imported are skipped.</source>
        <translation>Dibatalkan. Data yang sudah diimpor tetap ada; impor file yang sama lagi untuk menyelesaikan — baris yang sudah diimpor akan dilewati.</translation>
    </message>
    <message>
        <source>Dry run — nothing was imported.</source>
        <translation>Uji coba — tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Impor selesai.</translation>
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
        <translation>Diblokir</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Dihapus</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
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
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Jumlah pelanggan</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Impor pelanggan…</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Impor pelanggan dari file CSV</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Ekspor ke CSV</translation>
    </message>
    <message>
        <source>Export customers or the ledger to CSV</source>
        <translation>Ekspor pelanggan atau catatan poin ke CSV</translation>
    </message>
    <message>
        <source>All customers…</source>
        <translation>Semua pelanggan…</translation>
    </message>
    <message>
        <source>The whole points ledger…</source>
        <translation>Seluruh catatan poin…</translation>
    </message>
    <message>
        <source>Search: name, phone, email or code</source>
        <translation>Cari: nama, telepon, email, atau kode</translation>
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
        <translation>Diblokir</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Dihapus</translation>
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
        <translation>Level</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Semua level</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Any balance</source>
        <translation>Semua saldo</translation>
    </message>
    <message>
        <source>Can take a reward</source>
        <translation>Bisa tukar hadiah</translation>
    </message>
    <message>
        <source>Cannot take a reward yet</source>
        <translation>Belum bisa tukar hadiah</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation>Kapan saja</translation>
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
        <translation>Kolom ini tidak bisa diurutkan.</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Mengekspor pelanggan…</translation>
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
        <translation>Mengekspor catatan poin…</translation>
    </message>
    <message>
        <source>Export cancelled — no file was written.</source>
        <translation>Ekspor dibatalkan — tidak ada file yang dibuat.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>No customers match</source>
        <translation>Tidak ada pelanggan yang cocok</translation>
    </message>
    <message>
        <source>Try fewer letters, or set the filters back to Active and Any.</source>
        <translation>Coba ketik lebih sedikit huruf, atau kembalikan filter ke Aktif dan Semua.</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Belum ada pelanggan</translation>
    </message>
    <message>
        <source>Register customers at the counter, or bring them over from another system with Import customers… above.</source>
        <translation>Daftarkan pelanggan di kasir, atau pindahkan dari sistem lain lewat Impor pelanggan… di atas.</translation>
    </message>
</context>
<context>
    <name>DecodeReport</name>
    <message>
        <source>error: {reason}</source>
        <translation>kesalahan: {reason}</translation>
    </message>
    <message>
        <source>no code found</source>
        <translation>kode tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>DemoBuildWindow</name>
    <message>
        <source>Preparing the demo shop — loyaltydesk</source>
        <translation>Menyiapkan toko demo — loyaltydesk</translation>
    </message>
    <message>
        <source>Preparing the demo shop…</source>
        <translation>Menyiapkan toko demo…</translation>
    </message>
    <message>
        <source>A café with customers and a year of visits.</source>
        <translation>Sebuah kafe lengkap dengan pelanggan dan kunjungan selama setahun.</translation>
    </message>
    <message>
        <source>Demo shop progress</source>
        <translation>Progres toko demo</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), with their visits and rewards</source>
        <translation>
            <numerusform>%1 dari %n pelanggan, dengan kunjungan dan hadiahnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Toko demo</translation>
    </message>
    <message>
        <source>The demo shop could not be prepared. The details are in the log file.</source>
        <translation>Toko demo tidak bisa disiapkan. Detailnya ada di file log.</translation>
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
        <translation>Member</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Free coffee</source>
        <translation>Kopi gratis</translation>
    </message>
    <message>
        <source>Pastry of the day</source>
        <translation>Kue hari ini</translation>
    </message>
    <message>
        <source>10% off</source>
        <translation>Diskon 10%</translation>
    </message>
    <message>
        <source>Tote bag</source>
        <translation>Tas jinjing</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Selamat datang kembali</translation>
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
        <translation>Abaikan masalah sinkron</translation>
    </message>
    <message>
        <source>“%1” will never be sent to the service. Say why, for the audit log.</source>
        <translation>“%1” tidak akan pernah dikirim ke layanan. Tulis alasannya untuk log audit.</translation>
    </message>
    <message>
        <source>e.g. fixed by hand at the service</source>
        <translation>mis. sudah diperbaiki manual di layanan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
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
        <translation>Menyiapkan toko</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Toko baru</translation>
    </message>
    <message>
        <source>The demo shop could not be opened. Your shop is not affected.</source>
        <translation>Toko demo tidak bisa dibuka. Toko Anda tidak terpengaruh.</translation>
    </message>
    <message>
        <source>The demo shop opens in its own window, on its own database. Your shop stays as it is.</source>
        <translation>Toko demo terbuka di jendela dan database tersendiri. Toko Anda tetap seperti semula.</translation>
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
        <translation>kemarin %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Look up / check in / confirm</source>
        <translation>Cari / check-in / konfirmasi</translation>
    </message>
    <message>
        <source>Clear and go back to the scan field</source>
        <translation>Kosongkan dan kembali ke kolom scan</translation>
    </message>
    <message>
        <source>Pick a reward (when no field has focus)</source>
        <translation>Pilih hadiah (jika tidak ada kolom aktif)</translation>
    </message>
    <message>
        <source>Pick a reward from anywhere</source>
        <translation>Pilih hadiah dari mana saja</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Bayar pakai poin</translation>
    </message>
    <message>
        <source>Register a new customer</source>
        <translation>Daftarkan pelanggan baru</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor struk</translation>
    </message>
    <message>
        <source>Go to the scan field</source>
        <translation>Ke kolom scan</translation>
    </message>
    <message>
        <source>Move in the name list</source>
        <translation>Pindah di daftar nama</translation>
    </message>
    <message>
        <source>Void the latest transaction at this till</source>
        <translation>Batalkan transaksi terakhir di terminal ini</translation>
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
        <translation>Keluar</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Daftar ini</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
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
        <translation>Riwayat poin</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln entries. Export their data for all of them.</source>
        <translation>
            <numerusform>%Ln entri terakhir. Ekspor datanya untuk melihat semuanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>No points yet — they appear here after a check-in.</source>
        <translation>Belum ada poin — poin muncul di sini setelah check-in.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Check-in: %1 → %2</source>
        <translation>Check-in: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>Kinds whose reason is what a person typed (an adjustment, a void); other reasons are the ledger&apos;s own notes and the sentence already says them.</extracomment>
        <translation>
            <numerusform>%Ln poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in (a visit) → %2</source>
        <translation>Check-in (kunjungan) → %2</translation>
    </message>
    <message>
        <source> (tier ×%1)</source>
        <translation> (level ×%1)</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus ulang tahun</translation>
    </message>
    <message>
        <source>Opening balance, imported from a file</source>
        <translation>Saldo awal, diimpor dari file</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Hadiah: %1</translation>
    </message>
    <message>
        <source>Paid %1 with points</source>
        <translation>Bayar %1 pakai poin</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Bayar pakai poin</translation>
    </message>
    <message>
        <source>Points expired (unused)</source>
        <translation>Poin hangus (tidak dipakai)</translation>
    </message>
    <message>
        <source>Moved in from a merged duplicate</source>
        <translation>Pindahan dari duplikat yang digabung</translation>
    </message>
    <message>
        <source>Moved to the card this one was merged into</source>
        <translation>Dipindah ke kartu hasil penggabungan</translation>
    </message>
    <message>
        <source>Void of a check-in</source>
        <translation>Pembatalan check-in</translation>
    </message>
    <message>
        <source>Void: the points spent are given back</source>
        <translation>Pembatalan: poin yang dipakai dikembalikan</translation>
    </message>
    <message>
        <source>Void of an adjustment</source>
        <translation>Pembatalan penyesuaian</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Adjusted by hand</source>
        <translation>Disesuaikan manual</translation>
    </message>
</context>
<context>
    <name>IdlePanel</name>
    <message>
        <source>Ready for the next customer</source>
        <translation>Siap untuk pelanggan berikutnya</translation>
    </message>
    <message>
        <source>Scan a member card, or type a phone number, email, member code or name.</source>
        <translation>Scan kartu member, atau ketik nomor telepon, email, kode member, atau nama.</translation>
    </message>
    <message>
        <source>F1 shows every key.</source>
        <translation>F1 menampilkan semua tombol.</translation>
    </message>
</context>
<context>
    <name>ImageReadError</name>
    <message>
        <source>is a folder, not an image</source>
        <translation>adalah folder, bukan gambar</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file tidak ditemukan</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>tidak bisa dibaca</translation>
    </message>
    <message>
        <source>not an image file that can be read</source>
        <translation>bukan file gambar yang bisa dibaca</translation>
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
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Nama anggota</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nama klien</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama belakang</translation>
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
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon|No. telp</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Ponsel|No. HP</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Nomor kontak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email|Surel</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Saldo poin</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Poin loyalitas</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kode anggota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Setuju menerima promosi</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Buletin</translation>
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
        <translation>Maret</translation>
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
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
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
        <translation>Desember</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Automatic (UTF-8)</source>
        <translation>Otomatis (UTF-8)</translation>
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
        <translation>Impor pelanggan</translation>
    </message>
    <message>
        <source>Bring customers and their points over from another system&apos;s CSV file. Common column names are recognised; choose what the others hold.</source>
        <translation>Pindahkan pelanggan beserta poinnya dari file CSV sistem lain. Nama kolom yang umum dikenali otomatis; pilih isi kolom lainnya.</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Pilih file CSV…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Pilih file CSV</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Belum ada file yang dipilih.</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Encoding teks file</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Kolom di file</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Pratinjau baris pertama</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Baris bermasalah</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation>Periksa seluruh file</translation>
    </message>
    <message>
        <source>Dry run: check the whole file, import nothing</source>
        <translation>Uji coba: periksa seluruh file tanpa mengimpor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import the customers</source>
        <translation>Impor pelanggannya</translation>
    </message>
    <message>
        <source>Choose the file your old system exported.</source>
        <translation>Pilih file hasil ekspor sistem lama Anda.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca file…</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Masalah (%1)</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln row(s), with numbers written like %1 and dates like %2. The preview shows the first ones as they will be imported.</source>
        <translation>
            <numerusform>Sekitar %Ln baris, dengan angka ditulis seperti %1 dan tanggal seperti %2. Pratinjau menampilkan baris pertama sesuai hasil impornya nanti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Memeriksa file…</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Mengimpor pelanggan…</translation>
    </message>
    <message>
        <source>Import customers?</source>
        <translation>Impor pelanggan?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Column %1 holds</source>
        <translation>Isi kolom %1</translation>
    </message>
    <message>
        <source>Two columns are set to %1; choose one.</source>
        <translation>Dua kolom diatur sebagai %1; pilih salah satu.</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone or the email.</source>
        <translation>Pilih kolom yang berisi telepon atau email.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Semua file (*)</translation>
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
        <translation>Langsung disimpan, hanya untuk komputer ini: terminal lain tetap dengan pilihannya sendiri. loyaltydesk memakainya mulai dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Shop logo</source>
        <translation>Logo toko</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Pilih gambar logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Hapus logonya</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
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
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file. You can keep working.</source>
        <translation>Terjadi kesalahan tak terduga. Detailnya ada di file log. Anda bisa tetap bekerja.</translation>
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
        <translation>Kartu member – {shop}</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kode member</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>Gabungkan duplikat</translation>
    </message>
    <message>
        <source>The duplicate&apos;s points and history move to %1. Its record stays, marked merged, so the audit trail is kept.</source>
        <translation>Poin dan riwayat duplikat pindah ke %1. Datanya tetap ada dengan tanda digabung, jadi jejak audit tetap tersimpan.</translation>
    </message>
    <message>
        <source>Member code, phone or email of the duplicate</source>
        <translation>Kode member, telepon, atau email duplikat</translation>
    </message>
    <message>
        <source>Duplicate customer</source>
        <translation>Pelanggan duplikat</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>Cari duplikatnya</translation>
    </message>
    <message>
        <source>No duplicate chosen yet.</source>
        <translation>Belum ada duplikat yang dipilih.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Type who the duplicate is.</source>
        <translation>Ketik siapa duplikatnya.</translation>
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
        <translation>Data itu sudah ditutup.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln poin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 cannot be reached now. New customer — fill in and press Enter.</source>
        <translation>%1 tidak bisa dihubungi sekarang. Pelanggan baru — isi lalu tekan Enter.</translation>
    </message>
    <message>
        <source>No customer found. Ctrl+N registers a new one.</source>
        <translation>Pelanggan tidak ditemukan. Ctrl+N untuk daftar baru.</translation>
    </message>
    <message>
        <source>No customer found here, and %1 cannot be reached now. Ctrl+N registers a new one.</source>
        <translation>Pelanggan tidak ditemukan di sini, dan %1 tidak bisa dihubungi sekarang. Ctrl+N untuk daftar baru.</translation>
    </message>
    <message numerus="yes">
        <source>%1 redeemed — %2 point(s)</source>
        <translation>
            <numerusform>%1 ditukar — %2 poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) paid %2</source>
        <translation>
            <numerusform>%1 poin untuk bayar %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided — %1 point(s)</source>
        <translation>
            <numerusform>Dibatalkan — %1 poin</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>(already recorded — nothing changed)</source>
        <translation>(sudah tercatat — tidak ada perubahan)</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Blocked customer — nothing can be recorded.</source>
        <translation>Pelanggan diblokir — tidak ada yang bisa dicatat.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the last customer was cleared %n second(s) after their result. Scan their card again.</source>
        <translation>
            <numerusform>%1: pelanggan terakhir sudah dikosongkan %n detik setelah hasilnya muncul. Scan kartunya lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no customer on the card. Scan a member card first.</source>
        <translation>%1: belum ada pelanggan yang dipilih. Scan kartu member dulu.</translation>
    </message>
    <message>
        <source>This shop does not take points as payment.</source>
        <translation>Toko ini tidak menerima pembayaran dengan poin.</translation>
    </message>
    <message>
        <source>%1: there is no reward number %2.</source>
        <translation>%1: tidak ada hadiah nomor %2.</translation>
    </message>
    <message>
        <source>Not enough points: %1 of %2.</source>
        <translation>Poin tidak cukup: %1 dari %2.</translation>
    </message>
    <message numerus="yes">
        <source>Redeem %1 for %Ln point(s)?</source>
        <translation>
            <numerusform>Tukar %1 dengan %Ln poin?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %1 with %Ln point(s)?</source>
        <translation>
            <numerusform>Bayar %1 dengan %Ln poin?</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer — fill in and press Enter.</source>
        <translation>Pelanggan baru — isi lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Type a phone number or an email address.</source>
        <translation>Ketik nomor telepon atau alamat email.</translation>
    </message>
    <message>
        <source>That birth date is not valid.</source>
        <translation>Tanggal lahir itu tidak valid.</translation>
    </message>
    <message>
        <source>A customer with this email is already registered.</source>
        <translation>Pelanggan dengan email ini sudah terdaftar.</translation>
    </message>
    <message>
        <source>A customer with this phone number is already registered.</source>
        <translation>Pelanggan dengan nomor telepon ini sudah terdaftar.</translation>
    </message>
    <message>
        <source>The name is too long or has signs it cannot have.</source>
        <translation>Nama terlalu panjang atau berisi karakter yang tidak diizinkan.</translation>
    </message>
    <message>
        <source>Welcome, %1! Member code %2.</source>
        <translation>Selamat datang, %1! Kode member %2.</translation>
    </message>
    <message>
        <source>Looking it up at %1… You can keep working; Esc cancels.</source>
        <translation>Mencari di %1… Anda bisa tetap bekerja; Esc untuk batal.</translation>
    </message>
    <message>
        <source>Found at %1 — added to this shop&apos;s customers.</source>
        <translation>Ditemukan di %1 — ditambahkan ke pelanggan toko ini.</translation>
    </message>
    <message>
        <source>Found at %1 — linked to this shop&apos;s customer.</source>
        <translation>Ditemukan di %1 — ditautkan ke pelanggan toko ini.</translation>
    </message>
    <message>
        <source>Nothing recent at this till can be voided.</source>
        <translation>Tidak ada transaksi terbaru di terminal ini yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>That cannot be voided.</source>
        <translation>Itu tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Only an owner can void an adjustment: type an owner&apos;s PIN.</source>
        <translation>Hanya pemilik yang bisa membatalkan penyesuaian: ketik PIN pemilik.</translation>
    </message>
    <message>
        <source>This one is from another till: type an owner&apos;s PIN.</source>
        <translation>Transaksi ini dari terminal lain: ketik PIN pemilik.</translation>
    </message>
    <message numerus="yes">
        <source>This one is older than %n minute(s): type an owner&apos;s PIN.</source>
        <translation>
            <numerusform>Transaksi ini lebih dari %n menit yang lalu: ketik PIN pemilik.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Untuk %1</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s member card first: %1 needs to know who uses the voucher. It comes back here after.</source>
        <translation>Scan kartu member pelanggan dulu: %1 perlu tahu siapa yang memakai voucher. Setelah itu kembali ke sini.</translation>
    </message>
    <message>
        <source>%1 off — the customer pays %2. Redeem the voucher?</source>
        <translation>Diskon %1 — pelanggan bayar %2. Tukar vouchernya?</translation>
    </message>
    <message>
        <source>%1 — redeem the voucher?</source>
        <translation>%1 — tukar vouchernya?</translation>
    </message>
    <message>
        <source>Voucher redeemed — %1 off · the customer pays %2</source>
        <translation>Voucher ditukar — diskon %1 · pelanggan bayar %2</translation>
    </message>
    <message>
        <source>Voucher redeemed — %1</source>
        <translation>Voucher ditukar — %1</translation>
    </message>
    <message>
        <source>Not enough points.</source>
        <translation>Poin tidak cukup.</translation>
    </message>
    <message>
        <source>Checked in just now — press Enter to check in again.</source>
        <translation>Baru saja check-in — tekan Enter untuk check-in lagi.</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2 by %3.</source>
        <translation>Sudah ditukar pada %1, %2, oleh %3.</translation>
    </message>
    <message>
        <source>This voucher expired on %1.</source>
        <translation>Voucher ini kedaluwarsa pada %1.</translation>
    </message>
    <message>
        <source>This voucher is valid from %1.</source>
        <translation>Voucher ini berlaku mulai %1.</translation>
    </message>
    <message>
        <source>This voucher needs a purchase of at least %1.</source>
        <translation>Voucher ini perlu pembelian minimal %1.</translation>
    </message>
    <message>
        <source>%1 is more than this shop&apos;s largest usual purchase (%2). Is the amount right? Enter checks in, Esc goes back.</source>
        <translation>%1 melebihi pembelian terbesar yang biasa di toko ini (%2). Nominalnya sudah benar? Enter untuk check-in, Esc untuk kembali.</translation>
    </message>
    <message>
        <source>%1 is more than the counter records at once (at most %2). Check the amount.</source>
        <translation>%1 melebihi batas sekali catat di kasir (maksimal %2). Periksa nominalnya.</translation>
    </message>
    <message numerus="yes">
        <source>Checked in %n minute(s) ago — press Enter to check in again.</source>
        <translation>
            <numerusform>Check-in %n menit lalu — tekan Enter untuk check-in lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah. Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the amount as a number, like 25.50.</source>
        <translation>Ketik nominal dalam angka, misalnya 25.50.</translation>
    </message>
    <message>
        <source>Type how many units, as a whole number.</source>
        <translation>Ketik jumlah item dalam bilangan bulat.</translation>
    </message>
    <message>
        <source>Type the points as a whole number above 0.</source>
        <translation>Ketik poin dalam bilangan bulat lebih dari 0.</translation>
    </message>
    <message>
        <source>That could not be read. Scan again or type it.</source>
        <translation>Tidak bisa dibaca. Scan lagi atau ketik manual.</translation>
    </message>
    <message>
        <source>That phone number is not valid.</source>
        <translation>Nomor telepon itu tidak valid.</translation>
    </message>
    <message>
        <source>That email address is not valid.</source>
        <translation>Alamat email itu tidak valid.</translation>
    </message>
    <message>
        <source>Please check what you typed.</source>
        <translation>Periksa lagi yang Anda ketik.</translation>
    </message>
    <message>
        <source>The receipt number is at most 40 letters, digits or signs, with no spaces.</source>
        <translation>Nomor struk maksimal 40 huruf, angka, atau simbol, tanpa spasi.</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Pelanggan tidak ditemukan.</translation>
    </message>
    <message>
        <source>A customer with that phone or email already exists.</source>
        <translation>Pelanggan dengan telepon atau email itu sudah ada.</translation>
    </message>
    <message>
        <source>More than one customer matches. Scan their card instead.</source>
        <translation>Ada lebih dari satu pelanggan yang cocok. Scan kartu membernya saja.</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>Hadiah itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>That reward is no longer offered.</source>
        <translation>Hadiah itu tidak ditawarkan lagi.</translation>
    </message>
    <message>
        <source>That transaction was not found.</source>
        <translation>Transaksi itu tidak ditemukan.</translation>
    </message>
    <message>
        <source>That was already voided.</source>
        <translation>Itu sudah dibatalkan.</translation>
    </message>
    <message>
        <source>That receipt number was already used for something else.</source>
        <translation>Nomor struk itu sudah dipakai untuk transaksi lain.</translation>
    </message>
    <message>
        <source>This needs an owner.</source>
        <translation>Ini memerlukan pemilik.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Silakan masuk dulu.</translation>
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
        <translation>Nominalnya jauh lebih besar dari biasanya. Sudah benar?</translation>
    </message>
    <message>
        <source>That amount is more than the counter records at once.</source>
        <translation>Nominal itu melebihi batas sekali catat di kasir.</translation>
    </message>
    <message>
        <source>Points can pay at most the purchase amount.</source>
        <translation>Poin hanya bisa membayar maksimal sebesar nominal belanja.</translation>
    </message>
    <message>
        <source>The shop database is not available. Check the connection.</source>
        <translation>Database toko tidak tersedia. Periksa koneksi.</translation>
    </message>
    <message>
        <source>No voucher has that code.</source>
        <translation>Tidak ada voucher dengan kode itu.</translation>
    </message>
    <message>
        <source>This voucher was cancelled.</source>
        <translation>Voucher ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>This voucher was already redeemed.</source>
        <translation>Voucher ini sudah ditukar.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>Voucher ini sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>This voucher is not valid yet.</source>
        <translation>Voucher ini belum berlaku.</translation>
    </message>
    <message>
        <source>The purchase is below this voucher&apos;s minimum.</source>
        <translation>Belanja belum mencapai minimal voucher ini.</translation>
    </message>
    <message>
        <source>That voucher code cannot be read.</source>
        <translation>Kode voucher itu tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s member card first, then the voucher again: the loyalty service needs to know who uses it.</source>
        <translation>Scan kartu member pelanggan dulu, lalu scan vouchernya lagi: layanan loyalitas perlu tahu siapa yang memakainya.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased.</source>
        <translation>Data pribadi pelanggan ini sudah dihapus.</translation>
    </message>
    <message>
        <source>This customer was merged into another record.</source>
        <translation>Pelanggan ini sudah digabungkan ke data lain.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>Toko harus punya setidaknya satu pemilik.</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 poin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at 1 point per %2</source>
        <translation>%1 dengan 1 poin per %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) at %1 each</source>
        <translation>
            <numerusform>%Ln item, masing-masing %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) per visit</source>
        <translation>
            <numerusform>%Ln poin per kunjungan</numerusform>
        </translation>
    </message>
    <message>
        <source> (×%1 %2)</source>
        <translation> (×%1 %2)</translation>
    </message>
    <message>
        <source>Happy birthday: +%1 bonus</source>
        <translation>Selamat ulang tahun: bonus +%1</translation>
    </message>
    <message>
        <source>Now %1!</source>
        <translation>Sekarang %1!</translation>
    </message>
    <message>
        <source>%1 is now available</source>
        <translation>%1 sekarang bisa ditukar</translation>
    </message>
</context>
<context>
    <name>OwnerArea</name>
    <message>
        <source>Owner sections</source>
        <translation>Bagian pemilik</translation>
    </message>
    <message>
        <source>No owner pages yet.</source>
        <translation>Belum ada halaman pemilik.</translation>
    </message>
    <message>
        <source>Back to the counter (F10)</source>
        <translation>Kembali ke kasir (F10)</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Kembali ke kasir</translation>
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
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Voucher</translation>
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
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkron</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
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
        <translation>Pelanggan yang mana? ↑ ↓ lalu Enter</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 poin</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Tidak bisa mulai mencetak.</translation>
    </message>
    <message>
        <source>Cannot add a page.</source>
        <translation>Tidak bisa menambah halaman.</translation>
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
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>Setuju menerima promo</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Izin promosi</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Urungkan perubahan</translation>
    </message>
    <message>
        <source>Undo changes to the profile</source>
        <translation>Urungkan perubahan profil</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>opsional, mis. %1</translation>
    </message>
    <message>
        <source>At most %1 printable characters.</source>
        <translation>Maksimal %1 karakter yang bisa dicetak.</translation>
    </message>
    <message>
        <source>A customer needs a phone number or an email address.</source>
        <translation>Pelanggan perlu punya nomor telepon atau alamat email.</translation>
    </message>
    <message>
        <source>Type a date like %1 or %2, or only the day and month: %3.</source>
        <translation>Ketik tanggal seperti %1 atau %2, atau hanya tanggal dan bulan: %3.</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <source>Recent at this till</source>
        <translation>Terbaru di terminal ini</translation>
    </message>
    <message>
        <source>Recent at this till:</source>
        <translation>Terbaru di terminal ini:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>bergabung</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>voucher</translation>
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
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Total belanja</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>Setuju menerima promo</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Izin promosi</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Daftar dan check-in</translation>
    </message>
    <message>
        <source>Not found. Register them now — Enter saves and checks in.</source>
        <translation>Tidak ditemukan. Daftarkan sekarang — Enter untuk simpan dan check-in.</translation>
    </message>
    <message>
        <source>Type their phone or email — Enter saves and checks in.</source>
        <translation>Ketik telepon atau email — Enter untuk simpan dan check-in.</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>opsional, mis. %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Item</translation>
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
        <translation>Periode</translation>
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
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Pilih tanggal</translation>
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
        <translation> check-in sehari</translation>
    </message>
    <message>
        <source>Flag customers with more check-ins a day than</source>
        <translation>Tandai pelanggan dengan check-in per hari lebih dari</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Lihat laporan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Flag more than</source>
        <translation>Tandai jika lebih dari</translation>
    </message>
    <message>
        <source>Working out the report</source>
        <translation>Menyusun laporan</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Ekspor ringkasan</translation>
    </message>
    <message>
        <source>Check-ins by hour</source>
        <translation>Check-in per jam</translation>
    </message>
    <message>
        <source>Check-ins by day of the week</source>
        <translation>Check-in per hari dalam seminggu</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Pelanggan teratas</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Hadiah ditukar</translation>
    </message>
    <message>
        <source>Unusual check-ins: more than the number above on one day</source>
        <translation>Check-in tidak wajar: lebih dari angka di atas dalam sehari</translation>
    </message>
    <message>
        <source>Saved as %2 (rows: %1).</source>
        <translation>Disimpan sebagai %2 (baris: %1).</translation>
    </message>
    <message>
        <source>Export as CSV: %1</source>
        <translation>Ekspor sebagai CSV: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>%1 to %2 · worked out at %3</source>
        <translation>%1 sampai %2 · disusun pada %3</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Ekspor sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsPageWords</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Member baru</translation>
    </message>
    <message>
        <source>Returning members</source>
        <translation>Member kembali</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Hadiah ditukar</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Poin diberikan</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Poin ditukar</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Poin hangus</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>Poin belum dipakai</translation>
    </message>
    <message>
        <source>different customers: %1</source>
        <translation>pelanggan berbeda: %1</translation>
    </message>
    <message>
        <source>joined in the period</source>
        <translation>bergabung dalam periode ini</translation>
    </message>
    <message>
        <source>joined before, came back</source>
        <translation>member lama, datang lagi</translation>
    </message>
    <message>
        <source>earned: %1 · added by hand: %2</source>
        <translation>didapat: %1 · ditambah manual: %2</translation>
    </message>
    <message>
        <source>customers holding points: %1</source>
        <translation>pelanggan yang punya poin: %1</translation>
    </message>
    <message>
        <source>worth %1 · customers holding points: %2</source>
        <translation>senilai %1 · pelanggan yang punya poin: %2</translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation>Tidak ada check-in dalam periode ini</translation>
    </message>
    <message>
        <source>Check-ins by hour of the day</source>
        <translation>Check-in per jam dalam sehari</translation>
    </message>
    <message>
        <source>Check-ins by day of the week</source>
        <translation>Check-in per hari dalam seminggu</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>No rewards were redeemed in this period.</source>
        <translation>Tidak ada hadiah yang ditukar dalam periode ini.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kode member</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Poin didapat</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Pelanggan teratas</translation>
    </message>
    <message>
        <source>Nobody earned points in this period.</source>
        <translation>Tidak ada yang mendapat poin dalam periode ini.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Check-ins that day</source>
        <translation>Check-in hari itu</translation>
    </message>
    <message>
        <source>Unusual check-ins</source>
        <translation>Check-in tidak wajar</translation>
    </message>
    <message>
        <source>Nobody checked in more often than usual in this period.</source>
        <translation>Tidak ada yang check-in lebih sering dari biasanya dalam periode ini.</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Yes (Enter)</source>
        <translation>Ya (Enter)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
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
        <translation>Hadiah baru</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>Ubah hadiah</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the reward</source>
        <translation>Simpan hadiah</translation>
    </message>
    <message>
        <source>For example: Free coffee</source>
        <translation>Contoh: Gratis kopi</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>Offered at the counter</source>
        <translation>Ditawarkan di kasir</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>A new cost applies from now on; past redemptions keep what they cost.</source>
        <translation>Harga baru berlaku mulai sekarang; penukaran sebelumnya tetap dengan harga lama.</translation>
    </message>
    <message>
        <source>Give the reward a title.</source>
        <translation>Beri nama hadiah.</translation>
    </message>
    <message>
        <source>A title is at most %1 characters.</source>
        <translation>Judul maksimal %1 karakter.</translation>
    </message>
</context>
<context>
    <name>RewardRow</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Tukar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Redeem %1</source>
        <translation>Tukar %1</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>New reward</source>
        <translation>Hadiah baru</translation>
    </message>
    <message>
        <source>Add a reward (Ctrl+N)</source>
        <translation>Tambah hadiah (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Edit the reward (Enter)</source>
        <translation>Ubah hadiah (Enter)</translation>
    </message>
    <message>
        <source>Stop offering</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Offer it or stop offering</source>
        <translation>Tawarkan atau nonaktifkan</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move up in the list (Alt+Up)</source>
        <translation>Naikkan di daftar (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Move down in the list (Alt+Down)</source>
        <translation>Turunkan di daftar (Alt+Down)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln hadiah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln reward(s)</source>
        <translation>
            <numerusform>%1 dari %Ln hadiah</numerusform>
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
        <translation>Cari hadiah</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>No rewards yet — add one with New reward.</source>
        <translation>Belum ada hadiah — tambahkan lewat Hadiah baru.</translation>
    </message>
    <message>
        <source>What customers can redeem their points for. The counter offers them in this order and numbers them 1 to 9.</source>
        <translation>Hadiah yang bisa ditukar pelanggan dengan poinnya. Kasir menampilkannya sesuai urutan ini dengan nomor 1 sampai 9.</translation>
    </message>
    <message>
        <source>No reward matches “%1”.</source>
        <translation>Tidak ada hadiah yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ditambahkan.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 ditawarkan lagi.</translation>
    </message>
    <message>
        <source>%1 is no longer offered. Past redemptions stay in the history.</source>
        <translation>%1 tidak ditawarkan lagi. Penukaran sebelumnya tetap ada di riwayat.</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Tawarkan lagi</translation>
    </message>
</context>
<context>
    <name>RulesPreview</name>
    <message>
        <source>never expire</source>
        <translation>tidak pernah hangus</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Points earned from now on %1 (until now: %2).</source>
        <translation>Poin yang didapat mulai sekarang %1 (sebelumnya: %2).</translation>
    </message>
    <message>
        <source>nothing (paying with points is off)</source>
        <translation>tidak ada (bayar pakai poin nonaktif)</translation>
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
            <numerusform>hangus setelah %Ln bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %Ln month(s)</source>
        <translation>
            <numerusform>setelah %Ln bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) earned before, held by %1, keep the expiry dates they have.</source>
        <translation>
            <numerusform>%Ln poin yang didapat sebelumnya, milik %1, tetap memakai tanggal hangusnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of those points, held by %1, have no expiry date and keep none.</source>
        <translation>
            <numerusform>%Ln poin di antaranya, milik %1, tidak punya tanggal hangus dan tetap tanpa tanggal hangus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new earning rules apply from the next check-in: %1 checked in during the last %Ln day(s).</source>
        <translation>
            <numerusform>Aturan perolehan poin yang baru berlaku mulai check-in berikutnya: %1 check-in dalam %Ln hari terakhir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) customers hold are worth %1 when paying with points, instead of %2.</source>
        <translation>
            <numerusform>%Ln poin milik pelanggan bernilai %1 saat dipakai untuk bayar, bukan %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Past ledger entries are never rewritten.</source>
        <translation>Catatan poin yang lalu tidak pernah diubah.</translation>
    </message>
    <message>
        <source>Save the new rules?</source>
        <translation>Simpan aturan baru?</translation>
    </message>
    <message>
        <source>You are changing:</source>
        <translation>Anda mengubah:</translation>
    </message>
    <message>
        <source>Save the new rules</source>
        <translation>Simpan aturan baru</translation>
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
        <translation>Scan atau ketik telepon / email / kode / nama</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Scan atau cari</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>For money spent</source>
        <translation>Untuk uang belanja</translation>
    </message>
    <message>
        <source>For each visit</source>
        <translation>Untuk tiap kunjungan</translation>
    </message>
    <message>
        <source>For each unit bought</source>
        <translation>Untuk tiap item dibeli</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>Largest usual purchase</source>
        <translation>Pembelian biasa terbesar</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>Poin hangus</translation>
    </message>
    <message>
        <source>months</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>Customers may pay with points</source>
        <translation>Pelanggan boleh bayar pakai poin</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Three letters: MYR, EUR…</source>
        <translation>Tiga huruf: MYR, EUR…</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Negara bawaan nomor telepon</translation>
    </message>
    <message>
        <source>For numbers without +country code: MY, IE…</source>
        <translation>Untuk nomor tanpa +kode negara: MY, IE…</translation>
    </message>
    <message>
        <source>Customers earn points</source>
        <translation>Pelanggan dapat poin</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>Poin per kunjungan</translation>
    </message>
    <message>
        <source>Spend for 1 point</source>
        <translation>Belanja untuk 1 poin</translation>
    </message>
    <message>
        <source>Before the tier&apos;s multiplier.</source>
        <translation>Sebelum dikalikan pengali level.</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>Poin per item</translation>
    </message>
    <message>
        <source>Above this the counter asks the cashier to confirm the amount. Empty: the usual default.</source>
        <translation>Di atas ini, kasir diminta mengonfirmasi nominal. Kosong: nilai bawaan biasa.</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Poin hangus setelah</translation>
    </message>
    <message>
        <source>Counted from the day the points were earned.</source>
        <translation>Dihitung dari hari poin didapat.</translation>
    </message>
    <message>
        <source>Check-in cooldown</source>
        <translation>Jeda check-in</translation>
    </message>
    <message>
        <source>A second check-in this soon asks the cashier to confirm.</source>
        <translation>Check-in kedua dalam jeda ini perlu dikonfirmasi kasir.</translation>
    </message>
    <message>
        <source>Points on their birthday</source>
        <translation>Poin saat ulang tahun</translation>
    </message>
    <message>
        <source>Added once a year, at the first check-in in the customer&apos;s birthday month. 0 turns it off.</source>
        <translation>Ditambahkan setahun sekali, saat check-in pertama di bulan ulang tahun pelanggan. 0 untuk menonaktifkan.</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>Nilai 1 poin</translation>
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
        <translation>Toko</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Perolehan poin</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>A customer&apos;s tier follows what they spent in the last 12 months; the first tier starts at 0. Double-click a cell to change it.</source>
        <translation>Level pelanggan mengikuti total belanjanya dalam 12 bulan terakhir; level pertama mulai dari 0. Klik dua kali sel untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Expiry and cooldown</source>
        <translation>Masa hangus dan jeda</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus ulang tahun</translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>Bayar pakai poin</translation>
    </message>
    <message>
        <source>Type an amount, like 1.00.</source>
        <translation>Ketik nominal, misalnya 1.00.</translation>
    </message>
    <message>
        <source>Type an amount, like 0.01.</source>
        <translation>Ketik nominal, misalnya 0.01.</translation>
    </message>
    <message>
        <source>Type an amount above 0 and at most %1, like 1000, or leave it empty.</source>
        <translation>Ketik nominal di atas 0 dan maksimal %1, misalnya 1000, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>bawaan: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Yang salah di pengaturan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Tidak ada perubahan</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Urungkan perubahan</translation>
    </message>
    <message>
        <source>Undo the changes</source>
        <translation>Urungkan perubahan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>How the program works. New rules apply from now on: points already earned keep their expiry dates and past entries are never rewritten.</source>
        <translation>Cara kerja program loyalitas. Aturan baru berlaku mulai sekarang: poin yang sudah didapat tetap dengan tanggal hangusnya dan catatan lama tidak pernah diubah.</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Pilih logo toko</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>File itu tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Saved. The counter uses the new settings now.</source>
        <translation>Disimpan. Kasir sekarang memakai pengaturan baru.</translation>
    </message>
    <message>
        <source>Saved: loyaltydesk speaks %1 on this computer from its next start.</source>
        <translation>Tersimpan: loyaltydesk memakai %1 di komputer ini mulai dibuka lagi.</translation>
    </message>
    <message>
        <source>Saved: loyaltydesk follows the system&apos;s language from its next start.</source>
        <translation>Tersimpan: loyaltydesk mengikuti bahasa sistem mulai dibuka lagi.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Pengaturan belum disimpan</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Leave without them?</source>
        <translation>Ada perubahan pengaturan yang belum disimpan. Keluar tanpa menyimpan?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengedit</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Negara nomor telepon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Points are earned</source>
        <translation>Cara dapat poin</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>Poin per kunjungan</translation>
    </message>
    <message>
        <source>Spend for 1 point</source>
        <translation>Belanja untuk 1 poin</translation>
    </message>
    <message>
        <source>Points per item</source>
        <translation>Poin per item</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Poin hangus setelah</translation>
    </message>
    <message>
        <source>Time between check-ins</source>
        <translation>Jeda antar check-in</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bonus ulang tahun</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>Nilai 1 poin</translation>
    </message>
    <message>
        <source>Cashiers may void for</source>
        <translation>Kasir boleh membatalkan selama</translation>
    </message>
    <message>
        <source>Largest usual purchase</source>
        <translation>Pembelian biasa terbesar</translation>
    </message>
    <message>
        <source>for money spent</source>
        <translation>dari uang belanja</translation>
    </message>
    <message>
        <source>per visit</source>
        <translation>per kunjungan</translation>
    </message>
    <message>
        <source>per item bought</source>
        <translation>per item dibeli</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>nilai bawaan, %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>paying with points is off</source>
        <translation>bayar pakai poin nonaktif</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln poin</numerusform>
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
            <numerusform>%Ln menit</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
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
        <translation>mis. Kopi &amp; Co.</translation>
    </message>
    <message>
        <source>e.g. Free coffee</source>
        <translation>mis. Gratis kopi</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Phone numbers are from</source>
        <translation>Nomor telepon dari negara</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Nomor yang diketik tanpa kode negara dianggap nomor negara ini.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>First reward</source>
        <translation>Hadiah pertama</translation>
    </message>
    <message>
        <source>It costs</source>
        <translation>Harganya</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Your PIN (4 to 8 digits)</source>
        <translation>PIN Anda (4–8 digit)</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Toko Anda</translation>
    </message>
    <message>
        <source>How customers earn points</source>
        <translation>Cara pelanggan dapat poin</translation>
    </message>
    <message>
        <source>Rates, tiers and expiry can be changed later in Settings.</source>
        <translation>Nilai poin, level, dan masa hangus bisa diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>The first reward</source>
        <translation>Hadiah pertama</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>Ketik nama toko.</translation>
    </message>
    <message>
        <source>Type a three-letter code such as MYR or EUR.</source>
        <translation>Ketik kode tiga huruf, misalnya MYR atau EUR.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Pilih zona waktu dari daftar.</translation>
    </message>
    <message>
        <source>Name one reward, such as a free coffee.</source>
        <translation>Sebutkan satu hadiah, misalnya gratis kopi.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Ketik nama Anda.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 digit.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>1 point for every %1 spent: a purchase of %2 earns 25 points.</source>
        <translation>1 poin untuk setiap belanja %1: pembelian %2 dapat 25 poin.</translation>
    </message>
    <message>
        <source>1 point for every visit, whatever was bought: 10 visits earn 10 points.</source>
        <translation>1 poin untuk setiap kunjungan, apa pun yang dibeli: 10 kunjungan dapat 10 poin.</translation>
    </message>
    <message>
        <source>1 point for every item bought (cups, stamps…): 3 coffees earn 3 points.</source>
        <translation>1 poin untuk setiap item yang dibeli (gelas, stempel…): 3 kopi dapat 3 poin.</translation>
    </message>
    <message>
        <source>By money spent</source>
        <translation>Dari uang belanja</translation>
    </message>
    <message>
        <source>By visit</source>
        <translation>Per kunjungan</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Per item</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome! Let&apos;s set up your shop</source>
        <translation>Selamat datang! Yuk, siapkan toko Anda</translation>
    </message>
    <message>
        <source>Four short parts. Everything except your PIN can be changed later.</source>
        <translation>Empat bagian singkat. Semuanya kecuali PIN bisa diubah nanti.</translation>
    </message>
    <message>
        <source>Try the demo shop first →</source>
        <translation>Coba toko demo dulu →</translation>
    </message>
    <message>
        <source>Opens a made-up café in its own window and database. Your shop stays empty.</source>
        <translation>Membuka kafe contoh di jendela dan database tersendiri. Toko Anda tetap kosong.</translation>
    </message>
    <message>
        <source>Create my shop</source>
        <translation>Buat toko saya</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 sudah siap</translation>
    </message>
    <message>
        <source>You are signed in as the owner. Two optional next steps, or start at the counter now (F10 opens the owner pages any time):</source>
        <translation>Anda masuk sebagai pemilik. Ada dua langkah opsional berikutnya, atau langsung mulai di kasir (F10 membuka halaman pemilik kapan saja):</translation>
    </message>
    <message>
        <source>Import customers from a CSV</source>
        <translation>Impor pelanggan dari CSV</translation>
    </message>
    <message>
        <source>Add a cashier</source>
        <translation>Tambah kasir</translation>
    </message>
    <message>
        <source>Start at the counter</source>
        <translation>Mulai di kasir</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter</source>
        <translation>Ketik PIN Anda lalu tekan Enter</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
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
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>Tambah staf</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
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
        <translation>Peran</translation>
    </message>
    <message>
        <source>Owners may open these pages; cashiers may not.</source>
        <translation>Pemilik boleh membuka halaman ini; kasir tidak.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>4 sampai 8 digit.</translation>
    </message>
    <message>
        <source>Leave empty to keep the PIN.</source>
        <translation>Kosongkan jika PIN tidak diganti.</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Ketik nama orangnya.</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>Nama maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 digit.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
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
        <translation>Peran atau PIN</translation>
    </message>
    <message>
        <source>Change role or PIN (Enter)</source>
        <translation>Ubah peran atau PIN (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove from the staff</source>
        <translation>Hapus dari daftar staf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Anda)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Bisa masuk</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Search staff by name</source>
        <translation>Cari staf menurut nama</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>No staff found.</source>
        <translation>Staf tidak ditemukan.</translation>
    </message>
    <message>
        <source>Everyone signs in with their own PIN. Five wrong PINs in a row lock sign-in at that till for a minute.</source>
        <translation>Setiap orang masuk dengan PIN masing-masing. Lima kali salah PIN berturut-turut mengunci login di terminal itu selama semenit.</translation>
    </message>
    <message>
        <source>No one on the staff is called “%1”.</source>
        <translation>Tidak ada staf bernama “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln orang</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 can sign in</source>
        <translation>%1 · %2 bisa masuk</translation>
    </message>
    <message>
        <source>%1 can now sign in with their PIN.</source>
        <translation>%1 sekarang bisa masuk dengan PIN-nya.</translation>
    </message>
    <message>
        <source>%1 was removed and cannot sign in any more.</source>
        <translation>%1 sudah dihapus dan tidak bisa masuk lagi.</translation>
    </message>
    <message>
        <source>%1: role and PIN changed.</source>
        <translation>%1: peran dan PIN diubah.</translation>
    </message>
    <message>
        <source>%1: PIN changed. The old PIN no longer works.</source>
        <translation>%1: PIN diubah. PIN lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Hapus %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. The history and the audit log keep their name. This cannot be undone here: to let them back in, add them again with a new PIN.</source>
        <translation>%1 tidak akan bisa masuk lagi. Namanya tetap ada di riwayat dan log audit. Ini tidak bisa dibatalkan di sini: untuk mengizinkannya masuk lagi, tambahkan kembali dengan PIN baru.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>%1 was removed and can no longer sign in.</source>
        <translation>%1 sudah dihapus dan tidak bisa masuk lagi.</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Progress to the next reward</source>
        <translation>Progres ke hadiah berikutnya</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Database: shared server</source>
        <translation>Database: server bersama</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Kamera: mati</translation>
    </message>
    <message>
        <source>Sync: off</source>
        <translation>Sinkron: mati</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>pemilik</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasir</translation>
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
        <translation>Sinkron: dijeda — pemilik harus cek kuncinya (halaman Sinkron)</translation>
    </message>
    <message>
        <source>Sync: offline · %1</source>
        <translation>Sinkron: offline · %1</translation>
    </message>
    <message>
        <source>Sync: online · %1 · last sent %2</source>
        <translation>Sinkron: online · %1 · terakhir kirim %2</translation>
    </message>
    <message>
        <source>Sync: online · %1</source>
        <translation>Sinkron: online · %1</translation>
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
        <translation>Selisih</translation>
    </message>
    <message>
        <source>When read</source>
        <translation>Waktu dibaca</translation>
    </message>
    <message>
        <source>Balances that differ</source>
        <translation>Saldo yang berbeda</translation>
    </message>
    <message>
        <source>No differences: every balance read at the service matched this shop&apos;s.</source>
        <translation>Tidak ada selisih: semua saldo yang dibaca di layanan sama dengan di toko ini.</translation>
    </message>
    <message>
        <source>When a balance was read at %1, it was not the one here (less what was still waiting to be sent). Nothing was changed on either side: correct it here or at %1.</source>
        <translation>Saat saldo dibaca di %1, hasilnya tidak sama dengan di sini (setelah dikurangi yang masih menunggu dikirim). Tidak ada yang diubah di kedua sisi: perbaiki di sini atau di %1.</translation>
    </message>
    <message numerus="yes">
        <source>Check-in, %1 point(s)</source>
        <translation>
            <numerusform>Check-in, %1 poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redemption, %1 point(s)</source>
        <translation>
            <numerusform>Penukaran, %1 poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adjustment, %1 point(s)</source>
        <translation>
            <numerusform>Penyesuaian, %1 poin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void, %1 point(s)</source>
        <translation>
            <numerusform>Pembatalan, %1 poin</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>Voucher used</source>
        <translation>Voucher dipakai</translation>
    </message>
    <message>
        <source>Voucher batch</source>
        <translation>Batch voucher</translation>
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
        <translation>Kode lokasi</translation>
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
        <translation>ID cabang</translation>
    </message>
    <message>
        <source>Till ID (POS ID)</source>
        <translation>ID terminal (POS ID)</translation>
    </message>
    <message>
        <source>Who counts the points</source>
        <translation>Siapa yang menghitung poin</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>ID toko</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Rahasia API</translation>
    </message>
    <message>
        <source>Owner token (optional)</source>
        <translation>Token pemilik (opsional)</translation>
    </message>
    <message>
        <source>Loyalty service</source>
        <translation>Layanan loyalitas</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>As the service says</source>
        <translation>Sesuai layanan</translation>
    </message>
    <message>
        <source>Address (base URL)</source>
        <translation>Alamat (base URL)</translation>
    </message>
    <message>
        <source>As your service&apos;s documentation gives it, for example https://yourshop.example/api/loyalty.</source>
        <translation>Sesuai dokumentasi layanan Anda, misalnya https://yourshop.example/api/loyalty.</translation>
    </message>
    <message>
        <source>Most calls a minute</source>
        <translation>Maks. panggilan per menit</translation>
    </message>
    <message>
        <source>Leave empty to follow the limit the service announces.</source>
        <translation>Kosongkan untuk mengikuti batas dari layanan.</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Disimpan di keyring sistem</translation>
    </message>
    <message>
        <source>Type a whole number above 0.</source>
        <translation>Ketik bilangan bulat lebih dari 0.</translation>
    </message>
    <message>
        <source>Check the number of calls a minute.</source>
        <translation>Periksa jumlah panggilan per menit.</translation>
    </message>
    <message>
        <source>Type the service&apos;s address.</source>
        <translation>Ketik alamat layanan.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Save and connect</source>
        <translation>Simpan dan hubungkan</translation>
    </message>
    <message>
        <source>Save the setup</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tes koneksi</translation>
    </message>
    <message>
        <source>Ask the service who we are</source>
        <translation>Cek identitas toko di layanan</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Hentikan sinkron</translation>
    </message>
    <message>
        <source>Stop sending to the service</source>
        <translation>Berhenti mengirim ke layanan</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Send the queue again</source>
        <translation>Kirim ulang antrean</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>The service said</source>
        <translation>Jawaban layanan</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Masalah sinkron</translation>
    </message>
    <message>
        <source>No problems: everything the service refused would be listed here.</source>
        <translation>Tidak ada masalah: semua yang ditolak layanan akan tercantum di sini.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <source>Send the selected one again</source>
        <translation>Kirim ulang yang dipilih</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Abaikan…</translation>
    </message>
    <message>
        <source>Never send the selected one</source>
        <translation>Jangan pernah kirim yang dipilih</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>Balances that differ</source>
        <translation>Saldo yang berbeda</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkron</translation>
    </message>
    <message>
        <source>Send check-ins, redemptions and new customers to your hosted loyalty service. The counter keeps working without the internet: what waits is sent, in order, when the service can be reached again.</source>
        <translation>Kirim check-in, penukaran, dan pelanggan baru ke layanan loyalitas online Anda. Kasir tetap bisa bekerja tanpa internet: yang tertunda dikirim berurutan saat layanan bisa dihubungi lagi.</translation>
    </message>
    <message>
        <source>Connected to %1. New check-ins are sent from now on; earlier history stays here.</source>
        <translation>Terhubung ke %1. Check-in baru dikirim mulai sekarang; riwayat sebelumnya tetap di sini.</translation>
    </message>
    <message>
        <source>Saved, but this computer has no keyring to keep the key: set LOYALTYDESK_API_KEY (and LOYALTYDESK_API_SECRET) for the app instead.</source>
        <translation>Disimpan, tetapi komputer ini tidak punya keyring untuk menyimpan kunci: sebagai gantinya, atur LOYALTYDESK_API_KEY (dan LOYALTYDESK_API_SECRET) untuk aplikasi.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Menghubungi %1…</translation>
    </message>
    <message>
        <source>The service answered: %1</source>
        <translation>Jawaban layanan: %1</translation>
    </message>
    <message>
        <source>Stop syncing?</source>
        <translation>Hentikan sinkron?</translation>
    </message>
    <message>
        <source>Nothing more is sent to %1. What is already waiting stays in the queue and goes if you connect again.</source>
        <translation>Tidak ada lagi yang dikirim ke %1. Yang sudah menunggu tetap di antrean dan dikirim jika Anda terhubung lagi.</translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Sinkron nonaktif.</translation>
    </message>
    <message>
        <source>Sending again.</source>
        <translation>Mengirim ulang.</translation>
    </message>
    <message>
        <source>It goes again with the next sending.</source>
        <translation>Akan dikirim lagi pada pengiriman berikutnya.</translation>
    </message>
    <message>
        <source>Dismissed. It will not be sent; the reason is in the audit log.</source>
        <translation>Diabaikan. Tidak akan dikirim; alasannya ada di log audit.</translation>
    </message>
    <message>
        <source>The service refused the key or the account: %1</source>
        <translation>Layanan menolak kunci atau akunnya: %1</translation>
    </message>
    <message>
        <source>The service cannot be reached now: %1</source>
        <translation>Layanan tidak bisa dihubungi sekarang: %1</translation>
    </message>
    <message>
        <source>The service said no: %1</source>
        <translation>Layanan menolak: %1</translation>
    </message>
    <message>
        <source>Not connected: nothing is queued.</source>
        <translation>Tidak terhubung: tidak ada antrean.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln masalah</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 menunggu dikirim</translation>
    </message>
    <message>
        <source>the oldest from %1</source>
        <translation>tertua dari %1</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>terakhir kirim %1</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>belum ada yang dikirim</translation>
    </message>
    <message>
        <source>Sending is paused: the service refused the key or the account (%1: %2). Check the key, save it, then press Resume.</source>
        <translation>Pengiriman dijeda: layanan menolak kunci atau akunnya (%1: %2). Periksa kuncinya, simpan, lalu tekan Lanjutkan.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so keys typed here cannot be kept. Start the app with LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET and LOYALTYDESK_API_TOKEN set instead.</source>
        <translation>Komputer ini tidak punya keyring, jadi kunci yang diketik di sini tidak bisa disimpan. Sebagai gantinya, jalankan aplikasi dengan LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET, dan LOYALTYDESK_API_TOKEN yang sudah diatur.</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <source>Tier</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>From spend (%1)</source>
        <translation>Mulai belanja (%1)</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>Poin ×</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>Level %1 perlu nama.</translation>
    </message>
    <message>
        <source>Type %1&apos;s qualifying spend as a number, like 500.</source>
        <translation>Ketik syarat belanja %1 sebagai angka, misalnya 500.</translation>
    </message>
    <message>
        <source>Type %1&apos;s multiplier as a number, like 1.5.</source>
        <translation>Ketik pengali %1 sebagai angka, misalnya 1.5.</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>Tiers</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Tambah level</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>Tambah level</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Hapus level</translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation>Hapus level yang dipilih</translation>
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
        <translation>Batalkan %1? Poin kembali seperti semula.</translation>
    </message>
    <message>
        <source>e.g. wrong customer</source>
        <translation>mis. salah pelanggan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
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
        <translation>Nominal belanja</translation>
    </message>
    <message>
        <source>Enter = see the discount, then Enter again to redeem</source>
        <translation>Enter = lihat diskon, lalu Enter lagi untuk menukar</translation>
    </message>
    <message>
        <source>Apply voucher</source>
        <translation>Pakai voucher</translation>
    </message>
</context>
<context>
    <name>VoucherBatchDetail</name>
    <message>
        <source>← All batches</source>
        <translation>← Semua batch</translation>
    </message>
    <message>
        <source>Back to all batches</source>
        <translation>Kembali ke semua batch</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Cari kode</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Voucher codes</source>
        <translation>Kode voucher</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Reason (needed to void)</source>
        <translation>Alasan (wajib untuk membatalkan)</translation>
    </message>
    <message>
        <source>e.g. printed with the wrong dates</source>
        <translation>mis. tercetak dengan tanggal yang salah</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>Void the selected code</source>
        <translation>Batalkan kode yang dipilih</translation>
    </message>
    <message>
        <source>Void the whole batch</source>
        <translation>Batalkan seluruh batch</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s codes…</source>
        <translation>Menunggu kode dari %1…</translation>
    </message>
    <message>
        <source>No code matches what you typed.</source>
        <translation>Tidak ada kode yang cocok dengan ketikan Anda.</translation>
    </message>
    <message>
        <source>%1&apos;s codes have arrived: the batch is ready to print.</source>
        <translation>Kode dari %1 sudah masuk: batch siap dicetak.</translation>
    </message>
    <message>
        <source>Codes shown: %1 of %2</source>
        <translation>Kode ditampilkan: %1 dari %2</translation>
    </message>
    <message>
        <source>Void every unused voucher of “%2” (%1 in all)? They will be refused at the counter. Redeemed vouchers (%3) stay redeemed. This cannot be undone.</source>
        <translation>Batalkan semua voucher “%2” yang belum dipakai (total %1)? Voucher itu akan ditolak di kasir. Voucher yang sudah ditukar (%3) tetap tercatat ditukar. Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Void batch</source>
        <translation>Batalkan batch</translation>
    </message>
    <message>
        <source>The batch is void.</source>
        <translation>Batch sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Void voucher %1? It will be refused at the counter. This cannot be undone.</source>
        <translation>Batalkan voucher %1? Voucher akan ditolak di kasir. Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Void voucher</source>
        <translation>Batalkan voucher</translation>
    </message>
    <message>
        <source>Voucher %1 is void.</source>
        <translation>Voucher %1 sudah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>VoucherBatchDialog</name>
    <message>
        <source>New voucher batch</source>
        <translation>Batch voucher baru</translation>
    </message>
    <message>
        <source>e.g. Opening week</source>
        <translation>mis. Minggu pembukaan</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nama batch</translation>
    </message>
    <message>
        <source>Kind of voucher</source>
        <translation>Jenis voucher</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Diskon persen</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>Potongan harga</translation>
    </message>
    <message>
        <source>Buy one, get one free</source>
        <translation>Beli satu, gratis satu</translation>
    </message>
    <message>
        <source>e.g. Buy one coffee, get a second free</source>
        <translation>mis. Beli satu kopi, gratis kopi kedua</translation>
    </message>
    <message>
        <source>What the customer gets</source>
        <translation>Yang didapat pelanggan</translation>
    </message>
    <message>
        <source> vouchers</source>
        <translation> voucher</translation>
    </message>
    <message>
        <source>How many vouchers</source>
        <translation>Jumlah voucher</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>Minimal belanja</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Tanpa minimal</translation>
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
        <translation>Jumlah (1 sampai 1.000)</translation>
    </message>
    <message>
        <source>Valid until (the whole day)</source>
        <translation>Berlaku sampai (hingga akhir hari)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Create vouchers</source>
        <translation>Buat voucher</translation>
    </message>
    <message>
        <source>Give the batch a name.</source>
        <translation>Beri nama batch.</translation>
    </message>
    <message>
        <source>Make at least 1 voucher.</source>
        <translation>Buat minimal 1 voucher.</translation>
    </message>
    <message>
        <source>Type how many percent off, above 0.</source>
        <translation>Ketik besar diskon dalam persen, lebih dari 0.</translation>
    </message>
    <message>
        <source>Type how much money off, above 0.</source>
        <translation>Ketik besar potongan harga, lebih dari 0.</translation>
    </message>
    <message>
        <source>The last valid day is before the first.</source>
        <translation>Hari terakhir berlaku lebih awal dari hari pertama.</translation>
    </message>
    <message>
        <source>The last valid day has already passed.</source>
        <translation>Hari terakhir berlaku sudah lewat.</translation>
    </message>
    <message>
        <source>Discard this batch?</source>
        <translation>Buang batch ini?</translation>
    </message>
    <message>
        <source>The new batch has not been created. Close the form and lose what you typed?</source>
        <translation>Batch baru belum dibuat. Tutup formulir dan buang isian Anda?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Money off (%1)</source>
        <translation>Potongan harga (%1)</translation>
    </message>
    <message>
        <source>What the customer gets (optional)</source>
        <translation>Yang didapat pelanggan (opsional)</translation>
    </message>
</context>
<context>
    <name>VoucherCard</name>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Not valid yet — from %1</source>
        <translation>Belum berlaku — mulai %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Kedaluwarsa pada %1</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2 by %3</source>
        <translation>Sudah ditukar pada %1, %2, oleh %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>Diskon %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>Diskon %1%</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Voucher benefit</source>
        <translation>Manfaat voucher</translation>
    </message>
    <message>
        <source>Voucher state</source>
        <translation>Status voucher</translation>
    </message>
    <message>
        <source>Who uses the voucher</source>
        <translation>Pemakai voucher</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>Berlaku %1 – %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Berlaku sampai %1</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Berlaku mulai %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <source>Minimum purchase %1</source>
        <translation>Minimal belanja %1</translation>
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
        <translation>Voucher per baris</translation>
    </message>
    <message>
        <source>Vouchers down</source>
        <translation>Voucher per kolom</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
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
        <translation>Ekspor kode sebagai CSV…</translation>
    </message>
    <message>
        <source>Export codes as CSV</source>
        <translation>Ekspor kode sebagai CSV</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Cetak dan ekspor</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>Per baris</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Per kolom</translation>
    </message>
    <message>
        <source>Per page: %1 · vouchers to print: %2 · pages: %3</source>
        <translation>Per halaman: %1 · voucher dicetak: %2 · halaman: %3</translation>
    </message>
    <message>
        <source>Per page: %1 · nothing to print: no unused vouchers.</source>
        <translation>Per halaman: %1 · tidak ada yang dicetak: tidak ada voucher yang belum dipakai.</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s codes… The sheets print once they arrive; this page updates by itself.</source>
        <translation>Menunggu kode dari %1… Lembar voucher bisa dicetak setelah kode masuk; halaman ini diperbarui otomatis.</translation>
    </message>
    <message>
        <source>%1 refused this batch, so it has no codes to print. See Sync problems on the Sync page.</source>
        <translation>%1 menolak batch ini, jadi tidak ada kode untuk dicetak. Lihat Masalah sinkron di halaman Sinkron.</translation>
    </message>
    <message>
        <source>Cancelled. No PDF was saved.</source>
        <translation>Dibatalkan. Tidak ada PDF yang disimpan.</translation>
    </message>
    <message>
        <source>PDF saved as %3 (vouchers: %1, pages: %2).</source>
        <translation>PDF disimpan sebagai %3 (voucher: %1, halaman: %2).</translation>
    </message>
    <message>
        <source>Saving the vouchers as PDF</source>
        <translation>Menyimpan voucher sebagai PDF</translation>
    </message>
    <message>
        <source>Codes exported to %2 (rows: %1).</source>
        <translation>Kode diekspor ke %2 (baris: %1).</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export codes</source>
        <translation>Ekspor kode</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>VoucherSheet</name>
    <message>
        <source>Minimum purchase {amount}</source>
        <extracomment>Symbols printed for common shop currencies; any other prints its ISO code.</extracomment>
        <translation>Minimal belanja {amount}</translation>
    </message>
    <message>
        <source>Vouchers – {shop}</source>
        <translation>Voucher – {shop}</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>Diskon {amount}</translation>
    </message>
    <message>
        <source>{percent} off</source>
        <translation>Diskon {percent}</translation>
    </message>
    <message>
        <source>Free {item}</source>
        <translation>Gratis {item}</translation>
    </message>
    <message>
        <source>Valid {start} – {end}</source>
        <translation>Berlaku {start} – {end}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Berlaku sampai {date}</translation>
    </message>
    <message>
        <source>Valid from {date}</source>
        <translation>Berlaku mulai {date}</translation>
    </message>
</context>
<context>
    <name>VoucherWords</name>
    <message>
        <source>Percent off</source>
        <translation>Diskon persen</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>Potongan harga</translation>
    </message>
    <message>
        <source>Buy one, get one</source>
        <translation>Beli 1 gratis 1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>sampai %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation>berlaku %1</translation>
    </message>
    <message>
        <source>minimum purchase %1</source>
        <translation>minimal belanja %1</translation>
    </message>
    <message>
        <source>voided on %1</source>
        <translation>dibatalkan pada %1</translation>
    </message>
    <message>
        <source>Made: %1 · redeemed: %2 · void: %3 · expired: %4 · can still be used: %5</source>
        <translation>Dibuat: %1 · ditukar: %2 · dibatalkan: %3 · kedaluwarsa: %4 · masih bisa dipakai: %5</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Vouchers</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Search batches by name or offer</source>
        <translation>Cari batch menurut nama atau penawaran</translation>
    </message>
    <message>
        <source>Search voucher batches</source>
        <translation>Cari batch voucher</translation>
    </message>
    <message>
        <source>Create a batch…</source>
        <translation>Buat batch…</translation>
    </message>
    <message>
        <source>Create a voucher batch</source>
        <translation>Buat batch voucher</translation>
    </message>
    <message>
        <source>Voucher batches</source>
        <translation>Batch voucher</translation>
    </message>
    <message>
        <source>No vouchers yet — create a batch</source>
        <translation>Belum ada voucher — buat batch</translation>
    </message>
    <message>
        <source>Double-click a batch, or select it and press Enter, to open it.</source>
        <translation>Klik dua kali batch, atau pilih lalu tekan Enter, untuk membukanya.</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <source> (waiting for %1&apos;s codes)</source>
        <translation> (menunggu kode dari %1)</translation>
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
        <translation>Masa berlaku</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ditukar</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>No batch matches “%1”.</source>
        <translation>Tidak ada batch yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <source>Batches: %1 of %2</source>
        <translation>Batch: %1 dari %2</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>Batch: %1</translation>
    </message>
    <message>
        <source>Batch “%2” created. Vouchers: %1.</source>
        <translation>Batch “%2” dibuat. Voucher: %1.</translation>
    </message>
    <message>
        <source>%1 makes their codes: they are printed once they arrive.</source>
        <translation>%1 yang membuat kodenya: voucher dicetak setelah kode masuk.</translation>
    </message>
</context>
<context>
    <name>WholeNumberEdit</name>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Ketik bilangan bulat dari %1 sampai %2.</translation>
    </message>
</context>
</TS>
