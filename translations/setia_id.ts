<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CliRunner</name>
    <message>
        <source>Name a command.</source>
        <translation>Sebutkan perintah yang akan dijalankan.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumen tidak terduga: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Perintah tidak dikenal: %1</translation>
    </message>
    <message>
        <source>--%1 belongs to the demo command.</source>
        <translation>--%1 hanya berlaku untuk perintah demo.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Kesalahan: %1</translation>
    </message>
    <message>
        <source>Database ready: %1 (data version %2)</source>
        <translation>Database siap: %1 (versi data %2)</translation>
    </message>
    <message>
        <source>The file was upgraded; its earlier version was copied to %1</source>
        <translation>File telah diperbarui; versi sebelumnya disalin ke %1</translation>
    </message>
    <message>
        <source>--customers takes a whole number from 0 to %1.</source>
        <translation>--customers harus berupa bilangan bulat dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>--end takes a date as YYYY-MM-DD.</source>
        <translation>--end harus berupa tanggal dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Demo data written: %1 customers, %2 products in %3 s</source>
        <translation>Data demo dibuat: %1 pelanggan, %2 produk dalam %3 detik</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Database file: %1
Data version: %2</source>
        <translation>File database: %1
Versi data: %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Kartu anggota</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Sales visit</source>
        <translation>Kunjungan sales</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Pameran</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name.</source>
        <translation>%1 adalah folder, bukan file database. Pilih nama file.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another place for the database.</source>
        <translation>Folder %1 tidak dapat dibuat. Pilih lokasi lain untuk database.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Check the permissions, or copy the file to a folder you can write to.</source>
        <translation>%1 tidak dapat ditulis: file atau foldernya hanya-baca (read-only). Periksa izin aksesnya, atau salin file ke folder yang dapat Anda ubah.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Setia. Choose a Setia database file or a new file name.</source>
        <translation>%1 adalah database milik program lain, bukan milik Setia. Pilih file database Setia atau nama file baru.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Setia (data version %1; this Setia reads up to %2). Install the newer Setia to open it; the file was not changed.</source>
        <translation>Database ini dibuat oleh Setia versi yang lebih baru (versi data %1; Setia ini hanya dapat membaca sampai versi %2). Pasang Setia versi terbaru untuk membukanya; file ini tidak diubah.</translation>
    </message>
    <message>
        <source>Setia must copy the database aside before upgrading it, and the copy failed: %1</source>
        <translation>Setia perlu membuat salinan database sebelum memperbaruinya, tetapi penyalinan gagal: %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation>Jumlah pelanggan demo harus antara 0 dan %1.</translation>
    </message>
    <message>
        <source>This database already holds customers or products. Demo data goes into a new file: give another name with --db.</source>
        <translation>Database ini sudah berisi pelanggan atau produk. Data demo harus ditulis ke file baru: berikan nama file lain dengan --db.</translation>
    </message>
</context>
<context>
    <name>FirstPaintScreenshot</name>
    <message>
        <source>Error: the screenshot could not be written to %1</source>
        <translation>Kesalahan: tangkapan layar tidak dapat disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Masukkan nomor telepon.</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, dashes and a leading +. Example: 0812-3456-7890.</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, dan tanda + di depan. Contoh: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>The phone number has no digits. Example: 0812-3456-7890.</source>
        <translation>Nomor telepon tidak berisi angka. Contoh: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>After + comes the country code, which never starts with 0. Example: +62 812-3456-7890.</source>
        <translation>Setelah tanda + harus ada kode negara, yang tidak pernah diawali 0. Contoh: +62 812-3456-7890.</translation>
    </message>
    <message>
        <source>An international number has %1 to %2 digits after the +.</source>
        <translation>Nomor internasional terdiri dari %1 sampai %2 angka setelah tanda +.</translation>
    </message>
    <message>
        <source>Write the number with its leading 0 (0812…) or with the country code (+62 812…).</source>
        <translation>Tulis nomor dengan awalan 0 (0812…) atau dengan kode negara (+62 812…).</translation>
    </message>
    <message>
        <source>The phone number is too short: an Indonesian number has %1 to %2 digits after 0. Example: 0812-3456-7890.</source>
        <translation>Nomor telepon terlalu pendek: nomor Indonesia terdiri dari %1 sampai %2 angka setelah 0. Contoh: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>The phone number is too long: an Indonesian number has %1 to %2 digits after 0. Example: 0812-3456-7890.</source>
        <translation>Nomor telepon terlalu panjang: nomor Indonesia terdiri dari %1 sampai %2 angka setelah 0. Contoh: 0812-3456-7890.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is in use by another program or another Setia window. Close it and try again.</source>
        <translation>Database sedang digunakan oleh program lain atau jendela Setia lain. Tutup program atau jendela tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only). Check the file and folder permissions, or copy the file to a folder you can write to.</source>
        <translation>File database tidak dapat ditulis (hanya-baca). Periksa izin akses file dan foldernya, atau salin file ke folder yang dapat Anda ubah.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again; your earlier data is safe.</source>
        <translation>Disk penuh sehingga tidak ada yang tersimpan. Kosongkan sebagian ruang disk, lalu coba lagi; data Anda sebelumnya tetap aman.</translation>
    </message>
    <message>
        <source>The file is not a Setia database or it is damaged. Open another file, or restore your latest backup.</source>
        <translation>File ini bukan database Setia atau sudah rusak. Buka file lain, atau pulihkan cadangan terakhir Anda.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may write to it.</source>
        <translation>File database tidak dapat dibuka. Pastikan foldernya ada dan Anda memiliki izin untuk menulis ke folder tersebut.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database. Check the disk, then try again. (%1)</source>
        <translation>Terjadi kesalahan disk saat membaca atau menulis database. Periksa disk, lalu coba lagi. (%1)</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Database melaporkan kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Setia cannot open its data</source>
        <translation>Setia tidak dapat membuka data</translation>
    </message>
    <message>
        <source>Unknown view %1; views: %2</source>
        <translation>Tampilan %1 tidak dikenal; tampilan yang tersedia: %2</translation>
    </message>
</context>
<context>
    <name>setia::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Pelanggan %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Sales &amp;&amp; credit</source>
        <translation>Penjualan &amp;&amp; kredit</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; consent</source>
        <translation>Catatan &amp;&amp; persetujuan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Made automatically, e.g. M000123</source>
        <translation>Dibuat otomatis, mis. M000123</translation>
    </message>
    <message>
        <source>Member &amp;code</source>
        <translation>&amp;Kode anggota</translation>
    </message>
    <message>
        <source>e.g. Budi Santoso or Toko Sumber Rejeki</source>
        <translation>mis. Budi Santoso atau Toko Sumber Rejeki</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nama *</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>e.g. budi@contoh.co.id</source>
        <translation>mis. budi@contoh.co.id</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>K&amp;ota</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>Wila&amp;yah</translation>
    </message>
    <message>
        <source>Ctrl+Backspace clears the date.</source>
        <translation>Ctrl+Backspace mengosongkan tanggal.</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>Tanggal &amp;lahir</translation>
    </message>
    <message>
        <source>Customer &amp;type</source>
        <translation>&amp;Tipe pelanggan</translation>
    </message>
    <message>
        <source>How they came (&amp;source)</source>
        <translation>&amp;Sumber pelanggan</translation>
    </message>
    <message>
        <source>Sa&amp;lesperson</source>
        <translation>Sa&amp;les</translation>
    </message>
    <message>
        <source>Visit days</source>
        <translation>Hari kunjungan</translation>
    </message>
    <message>
        <source>&amp;Member since</source>
        <translation>&amp;Anggota sejak</translation>
    </message>
    <message>
        <source>0 means cash only.</source>
        <translation>0 berarti tunai saja.</translation>
    </message>
    <message>
        <source>0 = cash only</source>
        <translation>0 = tunai saja</translation>
    </message>
    <message>
        <source>Credit &amp;limit</source>
        <translation>&amp;Batas kredit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>Termin &amp;pembayaran</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. vip, langganan</source>
        <translation>Pisahkan tag dengan koma, mis. vip, langganan</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Agrees to promotions by</source>
        <translation>Setuju menerima promosi via</translation>
    </message>
    <message>
        <source>Bad customer (do not give credit)</source>
        <translation>Pelanggan bermasalah (jangan beri kredit)</translation>
    </message>
    <message>
        <source>Reason, e.g. unpaid since March</source>
        <translation>Alasan, mis. belum bayar sejak Maret</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>%1: %2 on %3 by %4</source>
        <translation>%1: %2 pada %3 oleh %4</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>setuju</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>menolak</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>Belum ada persetujuan yang tercatat.</translation>
    </message>
    <message>
        <source>The credit limit is not an amount. Type whole Rupiah, e.g. 5.000.000.</source>
        <translation>Batas kredit bukan nominal yang valid. Ketik nominal Rupiah tanpa desimal, misalnya 5.000.000.</translation>
    </message>
    <message>
        <source>Phone number already used</source>
        <translation>Nomor telepon sudah digunakan</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
</context>
<context>
    <name>setia::CustomerListModel</name>
    <message>
        <source>Marked as a bad customer</source>
        <translation>Ditandai sebagai pelanggan bermasalah</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Anggota sejak</translation>
    </message>
</context>
<context>
    <name>setia::CustomerService</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Masukkan nama pelanggan.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Nama terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>Teks berisi karakter kontrol yang tidak terlihat. Ketik ulang teksnya.</translation>
    </message>
    <message>
        <source>A member code has up to %1 letters, digits, dots or dashes, such as M000123. Leave it empty to have one made.</source>
        <translation>Kode anggota terdiri dari maksimal %1 huruf, angka, titik, atau tanda hubung, misalnya M000123. Kosongkan agar kode dibuat otomatis.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Example: budi@contoh.co.id.</source>
        <translation>Alamat email tidak valid. Contoh: budi@contoh.co.id.</translation>
    </message>
    <message>
        <source>This field is too long: at most %1 characters.</source>
        <translation>Isian ini terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>Alamat terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>The notes are too long: at most %1 characters.</source>
        <translation>Catatan terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>The birthday must lie between 1900 and today.</source>
        <translation>Tanggal lahir harus antara tahun 1900 dan hari ini.</translation>
    </message>
    <message>
        <source>The join date is not plausible.</source>
        <translation>Tanggal &quot;Anggota sejak&quot; tidak wajar. Periksa kembali tanggalnya.</translation>
    </message>
    <message>
        <source>The credit limit must be zero (cash only) or a positive amount.</source>
        <translation>Batas kredit harus nol (tunai saja) atau nominal positif.</translation>
    </message>
    <message>
        <source>Payment terms are 0 to %1 days.</source>
        <translation>Termin pembayaran harus 0 sampai %1 hari.</translation>
    </message>
    <message>
        <source>A tag has at most 40 characters.</source>
        <translation>Setiap tag maksimal 40 karakter.</translation>
    </message>
    <message>
        <source>Say why the customer is marked as a bad customer.</source>
        <translation>Tuliskan alasan pelanggan ini ditandai sebagai pelanggan bermasalah.</translation>
    </message>
    <message>
        <source>The member code %1 belongs to another customer. Choose another code or leave it empty.</source>
        <translation>Kode anggota %1 sudah dipakai pelanggan lain. Pilih kode lain atau kosongkan.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (diarsipkan)</translation>
    </message>
    <message>
        <source>%1 is already the phone number of %2, %3%4. Save anyway only if they are different people.</source>
        <translation>%1 sudah tercatat sebagai nomor telepon %2, %3%4. Pilih Tetap simpan hanya jika mereka orang yang berbeda.</translation>
    </message>
    <message>
        <source>This customer no longer exists. Close the window and search again.</source>
        <translation>Pelanggan ini sudah tidak ada. Tutup jendela ini, lalu cari kembali.</translation>
    </message>
</context>
<context>
    <name>setia::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Search name, phone, member code or city… (Ctrl+F)</source>
        <translation>Cari nama, telepon, kode anggota, atau kota… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Pelanggan baru</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Tambah pelanggan (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Open the selected customer (Enter)</source>
        <translation>Buka pelanggan yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Tampilkan yang &amp;diarsipkan</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Pelanggan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 archived customers</source>
        <translation>%1 pelanggan diarsipkan</translation>
    </message>
    <message>
        <source>%1 customers found</source>
        <translation>%1 pelanggan ditemukan</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 pelanggan</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Pu&amp;lihkan</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rsipkan</translation>
    </message>
    <message>
        <source>Bring the selected customer back to the list</source>
        <translation>Kembalikan pelanggan yang dipilih ke daftar</translation>
    </message>
    <message>
        <source>Hide the selected customer; nothing is deleted</source>
        <translation>Sembunyikan pelanggan yang dipilih; tidak ada data yang dihapus</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>Arsipkan pelanggan</translation>
    </message>
    <message>
        <source>Archive %1? The customer leaves the list but nothing is deleted; you can restore them under &quot;Show archived&quot;.</source>
        <translation>Arsipkan %1? Pelanggan ini tidak lagi tampil di daftar, tetapi tidak ada data yang dihapus; Anda dapat memulihkannya melalui &quot;Tampilkan yang diarsipkan&quot;.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
</context>
<context>
    <name>setia::MainWindow</name>
    <message>
        <source>Customers &amp; loyalty</source>
        <translation>Pelanggan &amp; loyalitas</translation>
    </message>
</context>
<context>
    <name>setia::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produk %1</translation>
    </message>
    <message>
        <source>e.g. BRS-5KG</source>
        <translation>mis. BRS-5KG</translation>
    </message>
    <message>
        <source>&amp;SKU *</source>
        <translation>&amp;SKU *</translation>
    </message>
    <message>
        <source>e.g. Beras Premium 5 kg</source>
        <translation>mis. Beras Premium 5 kg</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nama *</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Sat&amp;uan</translation>
    </message>
    <message>
        <source>&amp;Price (Rp)</source>
        <translation>Harga &amp;jual (Rp)</translation>
    </message>
    <message>
        <source>C&amp;ost (Rp)</source>
        <translation>Harga &amp;modal (Rp)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Type the amount in whole Rupiah, e.g. 12.500.</source>
        <translation>Ketik nominal Rupiah tanpa desimal, misalnya 12.500.</translation>
    </message>
</context>
<context>
    <name>setia::ProductListModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga jual</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga modal</translation>
    </message>
</context>
<context>
    <name>setia::ProductService</name>
    <message>
        <source>Enter the product&apos;s SKU (its short code).</source>
        <translation>Masukkan SKU produk (kode singkatnya).</translation>
    </message>
    <message>
        <source>A SKU has up to %1 characters without spaces, commas, semicolons or quotes, such as BRS-5KG.</source>
        <translation>SKU terdiri dari maksimal %1 karakter tanpa spasi, koma, titik koma, atau tanda kutip, misalnya BRS-5KG.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Masukkan nama produk.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Nama terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>The category is too long: at most %1 characters.</source>
        <translation>Kategori terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>The unit is too long: at most %1 characters.</source>
        <translation>Satuan terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>The price must be zero or more.</source>
        <translation>Harga jual harus nol atau lebih.</translation>
    </message>
    <message>
        <source>The cost must be zero or more.</source>
        <translation>Harga modal harus nol atau lebih.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to another product. Each product needs its own SKU.</source>
        <translation>SKU %1 sudah dipakai produk lain. Setiap produk harus memiliki SKU sendiri.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Produk ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>setia::ProductsView</name>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Search product name, SKU or category… (Ctrl+F)</source>
        <translation>Cari nama produk, SKU, atau kategori… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Produk baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Tampilkan yang &amp;nonaktif</translation>
    </message>
    <message>
        <source>Find product</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produk baru</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Produk ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 inactive products</source>
        <translation>%1 produk nonaktif</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 produk</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktifkan lagi</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Nonaktif&amp;kan</translation>
    </message>
    <message>
        <source>Sell the selected product again</source>
        <translation>Jual kembali produk yang dipilih</translation>
    </message>
    <message>
        <source>Stop selling the selected product; its history stays</source>
        <translation>Hentikan penjualan produk yang dipilih; riwayatnya tetap tersimpan</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Tambah produk (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>setia::SettingsService</name>
    <message>
        <source>Each business detail has at most %1 characters.</source>
        <translation>Setiap data usaha maksimal %1 karakter.</translation>
    </message>
</context>
<context>
    <name>setia::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Usaha Anda</translation>
    </message>
    <message>
        <source>e.g. Toko Sumber Rejeki</source>
        <translation>mis. Toko Sumber Rejeki</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>&amp;Nama usaha</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Ikuti pengaturan komputer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>A new language shows the next time Setia starts.</source>
        <translation>Bahasa baru akan tampil saat Setia dijalankan lagi.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Simpan pengaturan</translation>
    </message>
    <message>
        <source>Saved. Restart Setia to see the new language.</source>
        <translation>Tersimpan. Mulai ulang Setia untuk melihat bahasa baru.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Printed at the top of reports, customer record cards and sales target sheets.</source>
        <translation>Dicetak di bagian atas laporan, kartu pelanggan, dan lembar sasaran penjualan.</translation>
    </message>
</context>
</TS>
