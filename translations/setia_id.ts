<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AgendaService</name>
    <message>
        <source>The agenda needs a date.</source>
        <translation>Agenda memerlukan tanggal.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>semua petugas</translation>
    </message>
    <message>
        <source>Today&apos;s work list</source>
        <translation>Daftar kerja hari ini</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
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
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Tick what was done and write what came of it; enter it in Setia as a contact so that the customer&apos;s timeline holds it.</source>
        <translation>
            <numerusform>%n baris. Centang yang sudah dikerjakan dan tulis hasilnya, lalu catat di Setia sebagai kontak agar masuk riwayat pelanggan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTexts</name>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Piutang</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Lama tak dihubungi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) late</source>
        <translation>
            <numerusform>%1 — terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Turns %1 on %2</source>
        <translation>Genap %1 tahun pada %2</translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation>Ulang tahun pada %1</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 lewat jatuh tempo sejak %2</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 jatuh tempo %2</translation>
    </message>
    <message numerus="yes">
        <source>Never contacted (every %n day(s))</source>
        <translation>
            <numerusform>Belum pernah dihubungi (tiap %n hari)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %1, %2 days ago (every %n day(s))</source>
        <translation>
            <numerusform>Kontak terakhir %1, %2 hari lalu (tiap %n hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>%1: deadline %2 (%3)</source>
        <translation>%1: tenggat %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CardCommand</name>
    <message>
        <source>card needs a member code and -o FILE.pdf.</source>
        <translation>Perintah card memerlukan kode anggota dan -o FILE.pdf.</translation>
    </message>
    <message>
        <source>No customer has the member code %1.</source>
        <translation>Tidak ada pelanggan dengan kode anggota %1. Periksa kodenya.</translation>
    </message>
</context>
<context>
    <name>CardPages</name>
    <message>
        <source>Stopped: nothing was printed or saved.</source>
        <translation>Dihentikan: tidak ada yang dicetak atau disimpan.</translation>
    </message>
    <message>
        <source>The printer or the file could not be started. Check the printer, then try again.</source>
        <translation>Printer atau file tidak bisa dimulai. Periksa printernya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1. Check the printer, then print again.</source>
        <translation>Printer berhenti setelah halaman %1. Periksa printernya, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The document could not be finished. Try again.</source>
        <translation>Dokumen tidak bisa diselesaikan. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Name a command.</source>
        <translation>Sebutkan perintah yang akan dijalankan.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Perintah tidak dikenal: %1</translation>
    </message>
    <message>
        <source>--%1 belongs to the %2 command.</source>
        <translation>--%1 hanya berlaku untuk perintah %2.</translation>
    </message>
    <message>
        <source>--%1 belongs to the %2 and %3 commands.</source>
        <translation>--%1 hanya berlaku untuk perintah %2 dan %3.</translation>
    </message>
    <message>
        <source>To make a new database there: setia-cli --db %1 init</source>
        <translation>Untuk membuat database baru di sana: setia-cli --db %1 init</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Error: %1</source>
        <translation>Kesalahan: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumen tidak terduga: %1</translation>
    </message>
    <message>
        <source>--paper takes a4, f4 or letter.</source>
        <translation>--paper harus berupa a4, f4, atau letter.</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD.</source>
        <translation>--as-of harus berupa tanggal dengan format YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ComplaintsReport</name>
    <message>
        <source>Complaints</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Dijawab tepat waktu</translation>
    </message>
    <message>
        <source>Median to answer (h)</source>
        <translation>Median sampai dijawab (jam)</translation>
    </message>
    <message>
        <source>Put right in time</source>
        <translation>Diselesaikan tepat waktu</translation>
    </message>
    <message>
        <source>Median to put right (h)</source>
        <translation>Median sampai selesai (jam)</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Ganti rugi</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 dari %2 (%3%)</translation>
    </message>
    <message>
        <source>Received %1 – %2</source>
        <translation>Diterima %1 – %2</translation>
    </message>
    <message>
        <source>No complaint was received in this period.</source>
        <translation>Tidak ada keluhan yang diterima pada periode ini.</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Sudah ditangani</translation>
    </message>
    <message>
        <source>Median to answer</source>
        <translation>Median sampai dijawab</translation>
    </message>
    <message>
        <source>%1 open hours</source>
        <translation>%1 jam buka</translation>
    </message>
    <message>
        <source>Median to put right</source>
        <translation>Median sampai selesai</translation>
    </message>
    <message>
        <source>Customers who complained again</source>
        <translation>Pelanggan yang mengeluh lagi</translation>
    </message>
    <message>
        <source>What remedies cost</source>
        <translation>Biaya ganti rugi</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>By month and category</source>
        <translation>Per bulan dan kategori</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Jumlah %1</translation>
    </message>
    <message>
        <source>Customers who complained more than once</source>
        <translation>Pelanggan yang mengeluh lebih dari sekali</translation>
    </message>
    <message>
        <source>No customer complained more than once in this period.</source>
        <translation>Tidak ada pelanggan yang mengeluh lebih dari sekali pada periode ini.</translation>
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
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <source>No remedy was given for these complaints.</source>
        <translation>Tidak ada ganti rugi yang diberikan untuk keluhan-keluhan ini.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Times count the shop&apos;s opening hours, without the time spent waiting for the customer, as the deadlines do. A deadline missed and not yet met counts as late. Remedy costs count as rewards in customer profitability.</source>
        <translation>Waktu dihitung dalam jam buka toko, tanpa waktu menunggu pelanggan, sama seperti tenggatnya. Tenggat yang terlewat dan belum dipenuhi dihitung terlambat. Biaya ganti rugi dihitung sebagai imbalan dalam profitabilitas pelanggan.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
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
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Piutang</translation>
    </message>
    <message>
        <source>Import &amp; export</source>
        <translation>Impor &amp; ekspor</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Type to search by name, phone digits, member code or city. Enter or a double-click opens the customer&apos;s record card; Ctrl+N adds a customer; the choice above the list narrows it to a segment. &quot;Member cards…&quot; prints the cards of everyone found.</source>
        <translation>Ketik untuk mencari menurut nama, angka telepon, kode anggota, atau kota. Enter atau klik dua kali membuka kartu pelanggan; Ctrl+N menambah pelanggan; pilihan di atas daftar mempersempitnya ke satu segmen. &quot;Kartu anggota…&quot; mencetak kartu semua yang ditemukan.</translation>
    </message>
    <message>
        <source>Every sale, newest first. Choose a period, a customer, cash or credit; type a receipt number to find it. Enter opens a sale: its lines, its receipt printed again, or voiding it with a reason. Ctrl+N enters a new sale.</source>
        <translation>Semua penjualan, terbaru di atas. Pilih periode, pelanggan, tunai atau kredit; ketik nomor nota untuk mencarinya. Enter membuka penjualan: barangnya, cetak ulang struknya, atau batalkan dengan alasan. Ctrl+N mencatat penjualan baru.</translation>
    </message>
    <message>
        <source>Who owes what on the date chosen, with how late it is. Enter opens the customer&apos;s record card, where a payment is recorded (and its kwitansi printed).</source>
        <translation>Siapa berutang berapa pada tanggal yang dipilih, dengan lamanya keterlambatan. Enter membuka kartu pelanggan, tempat pembayaran dicatat (dan kwitansinya dicetak).</translation>
    </message>
    <message>
        <source>Every customer&apos;s status, tier, RFM segment and profit group on a date. Choose a segment to list its customers: print them, save them as PDF or CSV, or tag them. &quot;New segment&quot; saves a rule of your own.</source>
        <translation>Status, tingkat, segmen RFM, dan kelompok laba setiap pelanggan pada suatu tanggal. Pilih segmen untuk melihat pelanggannya: cetak, simpan sebagai PDF atau CSV, atau beri tag. &quot;Segmen baru&quot; menyimpan aturan buatan Anda.</translation>
    </message>
    <message>
        <source>The customers each salesperson should visit on the date, with the items they usually buy. Change a quantity, take a customer off or move them on the route, then print the sheet or save it as PDF or CSV.</source>
        <translation>Pelanggan yang perlu dikunjungi setiap sales pada tanggal itu, dengan barang yang biasa mereka beli. Ubah jumlah, keluarkan pelanggan, atau pindahkan urutan rutenya, lalu cetak lembarnya atau simpan sebagai PDF atau CSV.</translation>
    </message>
    <message>
        <source>Choose a report, its period and its paper; preview it, print it, or save it as PDF or CSV.</source>
        <translation>Pilih laporan, periodenya, dan kertasnya; lihat pratinjaunya, cetak, atau simpan sebagai PDF atau CSV.</translation>
    </message>
    <message>
        <source>The catalogue: SKU, name, category, unit, price and cost. Enter changes a product, Ctrl+N adds one; a product no longer sold is deactivated, never deleted.</source>
        <translation>Katalog: SKU, nama, kategori, satuan, harga, dan harga pokok. Enter mengubah produk, Ctrl+N menambah produk; produk yang tidak dijual lagi dinonaktifkan, tidak pernah dihapus.</translation>
    </message>
    <message>
        <source>Import customers, products, sales or payments from a CSV file (rows that cannot be imported go to a rejects file to correct), or export them.</source>
        <translation>Impor pelanggan, produk, penjualan, atau pembayaran dari berkas CSV (baris yang tidak bisa diimpor masuk ke berkas tolakan untuk diperbaiki), atau ekspor semuanya.</translation>
    </message>
    <message>
        <source>Making the demo shop…</source>
        <translation>Membuat toko contoh…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>Setia — demo data (%1)</source>
        <translation>Setia — data contoh (%1)</translation>
    </message>
    <message>
        <source>No database there</source>
        <translation>Belum ada database di sana</translation>
    </message>
    <message>
        <source>There is no Setia database at %1.

If the name is mistyped, choose Cancel and start Setia again with the right one. Make a new, empty database there?</source>
        <translation>Belum ada database Setia di %1.

Bila namanya salah ketik, pilih Batal lalu buka Setia lagi dengan nama yang benar. Buat database baru yang masih kosong di sana?</translation>
    </message>
    <message>
        <source>Make a new database</source>
        <translation>Buat database baru</translation>
    </message>
    <message>
        <source>Your business&apos;s details for printed pages, the language, the loyalty rules, the stamp cards, this computer&apos;s receipt printer and the data&apos;s safety: back up now, the automatic backups, restore one, check the file. &quot;Save settings&quot; keeps the changes; stamp cards and the printer are kept as they are changed.</source>
        <translation>Data usaha Anda untuk halaman cetak, bahasa, aturan loyalitas, kartu cap, printer struk komputer ini, dan keamanan data: cadangkan sekarang, cadangan otomatis, pulihkan salah satunya, periksa file. &quot;Simpan pengaturan&quot; menyimpan perubahan; kartu cap dan printer tersimpan begitu diubah.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1 Use Settings → Data safety → &quot;Back up now&quot; to keep a copy elsewhere.</source>
        <translation>Cadangan otomatis hari ini gagal: %1 Gunakan Pengaturan → Keamanan data → &quot;Cadangkan sekarang&quot; untuk menyimpan salinan di tempat lain.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Complaints still to deal with, by the deadline each works towards: a first answer within 4 opening hours, a resolution within 48 (urgent ones 1 and 24); late ones in red, those waiting for the customer last. Enter opens one to take its next step; Ctrl+N writes down a new one.</source>
        <translation>Keluhan yang masih harus ditangani, urut menurut tenggatnya: tanggapan pertama dalam 4 jam buka, penyelesaian dalam 48 jam (yang mendesak 1 dan 24 jam); yang terlambat berwarna merah, yang menunggu pelanggan paling bawah. Enter membuka keluhan untuk langkah berikutnya; Ctrl+N mencatat keluhan baru. “Isi kartu survei” memasukkan setumpuk kartu survei kertas dengan memindai kodenya.</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Kepuasan</translation>
    </message>
    <message>
        <source>NPS and CSAT of the period chosen, overall or broken down by lifecycle, tier, RFM segment, customer type or area, each with its number of answers and margin. Answers come from the counter (F12), the record card (Ctrl+U) and paper survey cards; Reports → Satisfaction prints them.</source>
        <translation>NPS dan CSAT pada periode yang dipilih, keseluruhan atau dirinci per siklus hidup, tingkat, segmen RFM, tipe pelanggan atau wilayah, masing-masing dengan jumlah jawaban dan batas galatnya. Jawaban datang dari kasir (F12), kartu pelanggan (Ctrl+U) dan kartu survei kertas; Laporan → Kepuasan mencetaknya.</translation>
    </message>
    <message>
        <source>F2 from anywhere. Type the last digits of the phone (or a name, or scan the member card) and press Enter; when several phones end with them, press the row&apos;s number. Type the amount paid and press Enter: the cash purchase is saved with its points.

F3 walk-in purchase · F4 purchase with items · F5 record card · F6 member card · F7 points slip as PDF · F9 print the points slip · F8 take a stamp reward · F10 a complaint · F12 ask the last customer for a score · Ctrl+N new member · Esc start again.</source>
        <translation>F2 dari mana saja. Ketik angka terakhir nomor telepon (atau nama, atau pindai kartu anggota) lalu tekan Enter; bila beberapa nomor berakhiran sama, tekan angka barisnya. Ketik jumlah bayar lalu Enter: pembelian tunai tersimpan beserta poinnya.

F3 pembeli umum · F4 pembelian dengan barang · F5 kartu pelanggan · F6 kartu anggota · F7 slip poin sebagai PDF · F9 cetak slip poin · F8 ambil hadiah cap · F10 keluhan · F12 minta nilai dari pelanggan terakhir · Ctrl+N anggota baru · Esc mulai lagi.</translation>
    </message>
    <message>
        <source>What to do on the date for everyone or one staff member: follow-ups due (late ones in red), complaints past a deadline, birthdays of the coming week, credit falling due or overdue, customers not contacted for longer than their interval. Enter opens the record card (a complaint: the complaint); Ctrl+L logs a contact; Ctrl+D marks a follow-up done; &quot;Print the list&quot; gives the day&apos;s work list on A4.</source>
        <translation>Yang harus dikerjakan pada tanggal itu oleh semua staf atau satu staf: tindak lanjut yang jatuh tempo (yang terlambat berwarna merah), keluhan yang melewati tenggat, ulang tahun minggu ini, kredit yang jatuh tempo atau terlambat, pelanggan yang lebih lama tidak dihubungi daripada jarak kontaknya. Enter membuka kartu pelanggan (baris keluhan: keluhannya); Ctrl+L mencatat kontak; Ctrl+D menandai tindak lanjut selesai; &quot;Cetak daftar&quot; memberi daftar kerja hari itu di kertas A4.</translation>
    </message>
</context>
<context>
    <name>CounterDocuments</name>
    <message>
        <source>Counter</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>Anggota ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Save member card</source>
        <translation>Simpan kartu anggota</translation>
    </message>
    <message>
        <source>Member card %1.pdf</source>
        <translation>Kartu anggota %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Member card saved: %1</source>
        <translation>Kartu anggota tersimpan: %1</translation>
    </message>
    <message>
        <source>Save points slip</source>
        <translation>Simpan slip poin</translation>
    </message>
    <message>
        <source>Points slip %1.pdf</source>
        <translation>Slip poin %1.pdf</translation>
    </message>
    <message>
        <source>Points slip saved: %1</source>
        <translation>Slip poin tersimpan: %1</translation>
    </message>
    <message>
        <source>Points slip %1</source>
        <translation>Slip poin %1</translation>
    </message>
    <message>
        <source>Points slip printed</source>
        <translation>Slip poin tercetak</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Struk %1</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>Struk tidak tercetak: %1</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>city</source>
        <translation>kota</translation>
    </message>
    <message>
        <source>area</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipe</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>sales</translation>
    </message>
    <message>
        <source>visit days</source>
        <translation>hari kunjungan</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>tanggal bergabung</translation>
    </message>
    <message>
        <source>credit limit</source>
        <translation>batas kredit</translation>
    </message>
    <message>
        <source>credit terms in days</source>
        <translation>tempo kredit (hari)</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>satuan</translation>
    </message>
    <message>
        <source>price</source>
        <translation>harga</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>harga pokok</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>nomor nota</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>kode pelanggan</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>jumlah barang</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>harga satuan</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>line discount</source>
        <translation>diskon baris</translation>
    </message>
    <message>
        <source>sale discount</source>
        <translation>diskon nota</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>cara bayar</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (kolom %2)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staf</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>isi pembicaraan</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>hasil</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>saluran</translation>
    </message>
    <message>
        <source>recommendation score</source>
        <translation>nilai rekomendasi</translation>
    </message>
    <message>
        <source>satisfaction score</source>
        <translation>nilai kepuasan</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>nomor keluhan</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>remedy cost</source>
        <translation>biaya ganti rugi</translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <source>%1 is empty. Write the date as 2026-11-22 or 22/11/2026.</source>
        <translation>%1 kosong. Tulis tanggal dengan format 2026-11-22 atau 22/11/2026.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date. Write it as 2026-11-22 or 22/11/2026.</source>
        <translation>%1 &quot;%2&quot; bukan tanggal. Tulis dengan format 2026-11-22 atau 22/11/2026.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount. Write whole Rupiah, such as 1250000 or Rp1.250.000.</source>
        <translation>%1 &quot;%2&quot; bukan nominal. Tulis dalam Rupiah tanpa desimal, misalnya 1250000 atau Rp1.250.000.</translation>
    </message>
    <message>
        <source>%1 is negative (%2). Amounts are zero or more.</source>
        <translation>%1 bernilai negatif (%2). Nominal harus nol atau lebih.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a quantity above 0 (up to 3 decimals, such as 2 or 1.5).</source>
        <translation>%1 &quot;%2&quot; bukan kuantitas di atas 0 (sampai 3 desimal, misalnya 2 atau 1.5).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1 &quot;%2&quot; bukan bilangan bulat 0 atau lebih.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Impor dibatalkan: tidak ada yang berubah.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is a folder, not a file. Choose the CSV file inside it.</source>
        <translation>%1 adalah folder, bukan file. Pilih file CSV di dalamnya.</translation>
    </message>
    <message>
        <source>Setia cannot read the file %1 (%2). Check that it exists and that you may read it.</source>
        <translation>Setia tidak dapat membaca file %1 (%2). Pastikan file tersebut ada dan Anda memiliki izin untuk membacanya.</translation>
    </message>
    <message>
        <source>Setia could not read the whole file %1 (%2). Check the disk or copy the file to another folder, then try again.</source>
        <translation>Setia tidak dapat membaca seluruh isi file %1 (%2). Periksa disk atau salin file ke folder lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook (Excel or LibreOffice), not a CSV file. Open it and save it as &quot;CSV UTF-8 (Comma delimited)&quot;, then choose that file.</source>
        <translation>Ini adalah file spreadsheet (Excel atau LibreOffice), bukan file CSV. Buka file tersebut, simpan sebagai &quot;CSV UTF-8 (Comma delimited)&quot;, lalu pilih file hasil simpanan itu.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data. Choose a CSV file, or save your spreadsheet as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>Ini bukan file CSV: isinya berupa data biner. Pilih file CSV, atau simpan spreadsheet Anda sebagai &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>The file is empty. A CSV file starts with a header row naming its columns; check that you chose the right file.</source>
        <translation>File ini kosong. File CSV diawali baris judul (header) yang berisi nama-nama kolomnya; pastikan Anda memilih file yang benar.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Check for a missing or extra separator (%4); a value that contains one must be in double quotes.</source>
        <translation>Baris %1 memiliki %2 kolom, sedangkan baris judul memiliki %3. Periksa apakah ada pemisah (%4) yang kurang atau berlebih; nilai yang mengandung pemisah harus diapit tanda kutip ganda.</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>kolom %1 (%2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>Line %1: a value opens a double quote (&quot;) that is never closed, so the rest of the file was not read. Add the missing closing quote, or remove the stray one.</source>
        <translation>Baris %1: ada nilai yang dibuka dengan tanda kutip ganda (&quot;) tetapi tidak pernah ditutup, sehingga sisa file tidak terbaca. Tambahkan tanda kutip penutup yang hilang, atau hapus tanda kutip yang salah tempat.</translation>
    </message>
    <message>
        <source>Line %1: the value in %2 has text after its closing double quote. Put the whole value in double quotes and write each quote inside it twice (&quot;&quot;).</source>
        <translation>Baris %1: nilai di %2 memiliki teks setelah tanda kutip ganda penutupnya. Apit seluruh nilai dengan tanda kutip ganda, dan tulis setiap tanda kutip di dalamnya dua kali (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 Setia reads in one import. Split it into smaller files, each starting with the header row (a file per month, for instance), and import them one after the other.</source>
        <translation>%1 berukuran %2, lebih dari %3 yang dibaca Setia dalam satu kali impor. Pecah menjadi beberapa file yang lebih kecil, masing-masing diawali baris judul (misalnya satu file per bulan), lalu impor satu per satu.</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 Setia reads in one import. Split it into smaller files, each starting with the header row (a file per month, for instance), and import them one after the other.</source>
        <translation>File ini berukuran %1, lebih dari %2 yang dibaca Setia dalam satu kali impor. Pecah menjadi beberapa file yang lebih kecil, masing-masing diawali baris judul (misalnya satu file per bulan), lalu impor satu per satu.</translation>
    </message>
    <message>
        <source>%1 is not a file on disk (it is a pipe or a device), so Setia can read it only once. Save it to a file, then choose that file.</source>
        <translation>%1 bukan file di disk (melainkan pipe atau perangkat), jadi Setia hanya bisa membacanya sekali. Simpan dulu sebagai file, lalu pilih file itu.</translation>
    </message>
    <message>
        <source>The file goes on past %1, the most Setia reads in one import, so Setia stopped reading it at line %2. Split it into smaller files, each starting with the header row, and import them one after the other.</source>
        <translation>File ini melebihi %1, batas yang dibaca Setia dalam satu kali impor, sehingga Setia berhenti membacanya di baris %2. Pecah menjadi beberapa file yang lebih kecil, masing-masing diawali baris judul, lalu impor satu per satu.</translation>
    </message>
    <message>
        <source>Line %1 holds binary data (a zero byte): this is not a CSV file, or it is damaged from there on. Choose a CSV file, or save your spreadsheet as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>Baris %1 berisi data biner (byte nol): ini bukan file CSV, atau file rusak mulai dari situ. Pilih file CSV, atau simpan spreadsheet Anda sebagai &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>Line %1: a value opens a double quote (&quot;) that is not closed within %2, so the rest of the file was not read. Add the missing closing quote, or remove the stray one.</source>
        <translation>Baris %1: ada nilai yang dibuka dengan tanda kutip ganda (&quot;) yang tidak ditutup dalam %2, sehingga sisa file tidak terbaca. Tambahkan tanda kutip penutup yang hilang, atau hapus tanda kutip yang salah tempat.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2, the most Setia reads in one row, so the rest of the file was not read. Check that the file is the CSV file you meant and that each row ends with a line break.</source>
        <translation>Baris %1 lebih panjang dari %2, batas yang dibaca Setia dalam satu baris, sehingga sisa file tidak terbaca. Pastikan file ini memang file CSV yang dimaksud dan setiap baris diakhiri pindah baris.</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Setia was reading it. Save it and close it there, then choose it again.</source>
        <translation>%1 diubah oleh program lain saat Setia sedang membacanya. Simpan dan tutup file itu di sana, lalu pilih lagi.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The folder %1 does not exist, so %2 cannot be saved. Choose another folder.</source>
        <translation>Folder %1 tidak ada, sehingga %2 tidak dapat disimpan. Pilih folder lain.</translation>
    </message>
    <message>
        <source>%1 cannot be written (it or its folder is read-only). Choose another folder, or check the permissions.</source>
        <translation>%1 tidak dapat ditulis (file atau foldernya hanya-baca). Pilih folder lain, atau periksa izin aksesnya.</translation>
    </message>
    <message>
        <source>Setia cannot create %1 (%2). Choose another name or folder.</source>
        <translation>Setia tidak dapat membuat %1 (%2). Pilih nama atau folder lain.</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>file CSV</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not saved. Free some space and try again.</source>
        <translation>Disk penuh sehingga %1 tidak tersimpan. Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Setia could not write %1 (%2). Check the disk and that you may write to the folder, then try again.</source>
        <translation>Setia tidak dapat menulis %1 (%2). Periksa disk dan pastikan Anda memiliki izin untuk menulis ke foldernya, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>CustomerCardReport</name>
    <message>
        <source>Customer record card</source>
        <translation>Kartu Pelanggan</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · per %3</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kode anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Tipe pelanggan</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation>kredit %1</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Batas kredit</translation>
    </message>
    <message>
        <source>cash only</source>
        <translation>tunai saja</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Termin pembayaran</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Anggota sejak</translation>
    </message>
    <message>
        <source>Owed now</source>
        <translation>Piutang saat ini</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Saldo piutang</translation>
    </message>
    <message>
        <source>No transactions yet.</source>
        <translation>Belum ada transaksi.</translation>
    </message>
    <message>
        <source>Balance owed on %1</source>
        <translation>Saldo piutang per %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Jumlah pembelian</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total belanja</translation>
    </message>
    <message>
        <source>Average per purchase</source>
        <translation>Rata-rata per pembelian</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Pembelian pertama</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Pembelian terakhir</translation>
    </message>
    <message>
        <source>Favourite items</source>
        <translation>Barang favorit</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>What is owed, by days past due</source>
        <translation>Umur piutang (hari lewat jatuh tempo)</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 hari</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 hari</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 hari</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Lebih dari 90 hari</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid ahead: %1 is held as credit for the next credit sales.</source>
        <translation>Dibayar di muka: %1 disimpan sebagai saldo untuk penjualan kredit berikutnya.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>OVERDUE — %1</source>
        <translation>TERLAMBAT — %1</translation>
    </message>
    <message>
        <source>Contacts and follow-ups</source>
        <translation>Kontak dan tindak lanjut</translation>
    </message>
</context>
<context>
    <name>CustomerCardService</name>
    <message>
        <source>This customer does not exist. Search for them again.</source>
        <translation>Pelanggan ini tidak ada. Cari kembali pelanggan tersebut.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 lainnya</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Payment (%1)</source>
        <translation>Pembayaran (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImport</name>
    <message>
        <source>kind &quot;%1&quot; is neither person nor business.</source>
        <translation>jenis (kolom kind) &quot;%1&quot; tidak dikenal: isi dengan person atau business (boleh juga perorangan atau usaha).</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not one of walk_in, referral, member_card, event, sales_visit, exhibition, online, other.</source>
        <translation>sumber (kolom source) &quot;%1&quot; bukan salah satu dari walk_in, referral, member_card, event, sales_visit, exhibition, online, other.</translation>
    </message>
    <message>
        <source>visit_days &quot;%1&quot; is not a list of weekdays such as mon,thu or sen,kam.</source>
        <translation>hari kunjungan (kolom visit_days) &quot;%1&quot; bukan daftar hari seperti mon,thu atau sen,kam.</translation>
    </message>
    <message>
        <source>code %1 appears twice in the file.</source>
        <translation>kode (kolom code) %1 muncul dua kali di file ini.</translation>
    </message>
    <message>
        <source>code %1 already belongs to %2 in Setia.</source>
        <translation>kode (kolom code) %1 sudah dipakai oleh %2 di Setia.</translation>
    </message>
    <message>
        <source>phone %1 is also the phone of %2, earlier in the file.</source>
        <translation>telepon (kolom phone) %1 sama dengan nomor telepon %2 yang ada lebih awal di file ini.</translation>
    </message>
    <message>
        <source>phone %1 already belongs to %2 (%3) in Setia.</source>
        <translation>telepon (kolom phone) %1 sudah tercatat sebagai nomor telepon %2 (%3) di Setia.</translation>
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
    <name>DataSafetyService</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>File rusak: %1</translation>
    </message>
    <message>
        <source>A reference points at nothing: %1</source>
        <translation>Rujukan ke data yang tidak ada: %1</translation>
    </message>
    <message>
        <source>Sale %1: its lines add up to %2 but it says %3 (revenue %4, discount %5).</source>
        <translation>Penjualan %1: jumlah barisnya %2 tetapi tercatat %3 (pendapatan %4, diskon %5).</translation>
    </message>
    <message>
        <source>Customer %1: points add up to %2, below zero.</source>
        <translation>Pelanggan %1: jumlah poin %2, di bawah nol.</translation>
    </message>
    <message>
        <source>Customer %1: stamps on the card %2 add up to %3, below zero.</source>
        <translation>Pelanggan %1: jumlah cap di kartu %2 adalah %3, di bawah nol.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name.</source>
        <translation>%1 adalah folder, bukan file database. Pilih nama file.</translation>
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
        <source>There is no database at %1. Check the name and the folder; a new database is made only on purpose (a new shop, the demo or a restore).</source>
        <translation>Tidak ada database di %1. Periksa nama dan foldernya; database baru hanya dibuat bila memang diminta (toko baru, data contoh, atau pemulihan).</translation>
    </message>
    <message>
        <source>%1 can only be read: the file or its folder is read-only. Nothing can be saved; to work in it, copy it to a folder you can write to, or ask whoever manages this computer for write permission.</source>
        <translation>%1 hanya bisa dibaca: file atau foldernya hanya-baca. Tidak ada yang bisa disimpan; untuk bekerja dengannya, salin ke folder yang bisa Anda tulisi, atau minta izin menulis kepada pengelola komputer ini.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so Setia opened it read-only: nothing can be saved. Free some space on that drive and open Setia again; nothing was changed.</source>
        <translation>Disk tempat %1 berada sudah penuh, jadi Setia membukanya hanya-baca: tidak ada yang bisa disimpan. Kosongkan sebagian ruang di drive itu lalu buka Setia lagi; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>%1 was written by an older Setia and must be upgraded before it is used, but it cannot be written. %2</source>
        <translation>%1 dibuat oleh Setia versi lama dan harus diperbarui sebelum dipakai, tetapi file itu tidak bisa ditulisi. %2</translation>
    </message>
    <message>
        <source>Setia must back up the database before upgrading it, and the backup failed, so nothing was changed: %1</source>
        <translation>Setia harus mencadangkan database sebelum memperbaruinya, dan pencadangan gagal, jadi tidak ada yang diubah: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>%1 does not exist or is not a file. Check the name.</source>
        <translation>%1 tidak ada atau bukan file. Periksa namanya.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>%1 is not a Setia database (or is damaged beyond reading).</source>
        <translation>%1 bukan database Setia (atau rusak sampai tidak terbaca).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Setia (data version %2; this Setia reads up to %3).</source>
        <translation>%1 ditulis oleh Setia yang lebih baru (versi data %2; Setia ini membaca sampai %3).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 rusak: %2</translation>
    </message>
    <message>
        <source>A database in memory has no file to back up.</source>
        <translation>Database di memori tidak punya file untuk dicadangkan.</translation>
    </message>
    <message>
        <source>%1 is the database itself: choose another file for the backup.</source>
        <translation>%1 adalah database itu sendiri: pilih file lain untuk cadangan.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: Setia does not write through one. Choose another file.</source>
        <translation>%1 adalah tautan simbolik: Setia tidak menulis melalui tautan. Pilih file lain.</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was deleted: %1</source>
        <translation>Cadangan tidak lolos pemeriksaan dan sudah dihapus: %1</translation>
    </message>
    <message>
        <source>its rows differ from the database&apos;s</source>
        <translation>barisnya berbeda dengan database</translation>
    </message>
    <message>
        <source>The backup could not be put at %1 (%2).</source>
        <translation>Cadangan tidak dapat ditaruh di %1 (%2).</translation>
    </message>
    <message>
        <source>The database kept changing while it was copied. Try the backup again when the shop is quieter.</source>
        <translation>Database terus berubah selama disalin. Coba cadangkan lagi saat toko lebih sepi.</translation>
    </message>
    <message>
        <source>A database in memory cannot be restored into.</source>
        <translation>Database di memori tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>%1 is the database itself: choose a backup to restore.</source>
        <translation>%1 adalah database itu sendiri: pilih cadangan untuk dipulihkan.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Tidak ada yang dipulihkan: %1</translation>
    </message>
    <message>
        <source>The current data could not be backed up first, so nothing was restored: %1</source>
        <translation>Data saat ini tidak dapat dicadangkan lebih dulu, jadi tidak ada yang dipulihkan: %1</translation>
    </message>
    <message>
        <source>The restore failed: %1 The data before it is in %2.</source>
        <translation>Pemulihan gagal: %1 Data sebelumnya ada di %2.</translation>
    </message>
    <message>
        <source>%1 is the database itself: writing there would destroy it. Choose another file; nothing was written.</source>
        <translation>%1 adalah database itu sendiri: menulis di sana akan merusaknya. Pilih file lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The database cannot be read for the backup. Check that the file is still there and readable.</source>
        <translation>Database tidak bisa dibaca untuk dicadangkan. Pastikan file itu masih ada dan bisa dibaca.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
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
        <source>--sales takes a whole number from 0 to %1.</source>
        <translation>--sales harus berupa bilangan bulat dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>Demo data written: %1 customers, %2 products, %3 sales with %4 lines and %5 payments in %6 s</source>
        <translation>Data demo selesai ditulis: %1 pelanggan, %2 produk, %3 penjualan dengan %4 baris, dan %5 pembayaran dalam %6 detik</translation>
    </message>
    <message>
        <source>--end may not lie after today: nothing is recorded in the future.</source>
        <translation>--end tidak boleh jatuh setelah hari ini: tidak ada yang dicatat di masa depan.</translation>
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
    <message>
        <source>The number of demo sales must be between 0 and %1.</source>
        <translation>Jumlah penjualan demo harus antara 0 dan %1.</translation>
    </message>
    <message>
        <source>The demo&apos;s last day, %1, lies after today: nothing is recorded in the future. Choose today or an earlier day.</source>
        <translation>Hari terakhir data demo, %1, jatuh setelah hari ini: tidak ada yang dicatat di masa depan. Pilih hari ini atau hari sebelumnya.</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>P&amp;roduk</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>Pe&amp;njualan</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Pem&amp;bayaran</translation>
    </message>
    <message>
        <source>Names, phone numbers, addresses and credit terms. Rows without a member code get a new one.</source>
        <translation>Nama, nomor telepon, alamat, dan syarat kredit. Baris tanpa kode anggota mendapat kode baru.</translation>
    </message>
    <message>
        <source>The catalogue: SKU, name, category, unit, price and cost. An SKU already in Setia is refused.</source>
        <translation>Katalog: SKU, nama, kategori, satuan, harga jual, dan harga modal. SKU yang sudah ada di Setia ditolak.</translation>
    </message>
    <message>
        <source>One row per item sold; rows with the same receipt form one sale. Import the customers and products first.</source>
        <translation>Satu baris per barang terjual; baris dengan nota yang sama menjadi satu penjualan. Impor pelanggan dan produk lebih dulu.</translation>
    </message>
    <message>
        <source>Payments received from customers; each pays their oldest credit sales first.</source>
        <translation>Pembayaran dari pelanggan; tiap pembayaran melunasi penjualan kredit terlama lebih dulu.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Impor pelanggan</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Impor produk</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>Impor penjualan</translation>
    </message>
    <message>
        <source>Import payments</source>
        <translation>Impor pembayaran</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Ekspor pelanggan</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Ekspor produk</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Ekspor penjualan</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Ekspor pembayaran</translation>
    </message>
    <message>
        <source>customers</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>pelanggan</translation>
    </message>
    <message>
        <source>products</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>produk</translation>
    </message>
    <message>
        <source>sales</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>penjualan</translation>
    </message>
    <message>
        <source>payments</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>pembayaran</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kode anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Person or business</source>
        <translation>Perorangan atau usaha</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
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
        <source>Customer type</source>
        <translation>Tipe pelanggan</translation>
    </message>
    <message>
        <source>How they came</source>
        <translation>Sumber pelanggan</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Visit days</source>
        <translation>Hari kunjungan</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Anggota sejak</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Batas kredit</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Termin pembayaran (hari)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
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
    <message>
        <source>Receipt</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Customer&apos;s member code</source>
        <translation>Kode anggota pelanggan</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Cash or credit</source>
        <translation>Tunai atau kredit</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Diskon baris</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Diskon nota</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Kontak</translation>
    </message>
    <message>
        <source>Calls, visits and messages from a notebook or another program: date, member code, kind (call, visit, whatsapp, sms, email, meeting, note), staff, what was said and what came of it. They join each customer&apos;s timeline.</source>
        <translation>Telepon, kunjungan, dan pesan dari buku catatan atau program lain: tanggal, kode anggota, jenis (call, visit, whatsapp, sms, email, meeting, note — atau telepon, kunjungan, wa, rapat, catatan), staf, isi pembicaraan, dan hasilnya. Semuanya masuk ke riwayat tiap pelanggan.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Ekspor kontak</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>kontak</translation>
    </message>
    <message>
        <source>Sur&amp;veys</source>
        <translation>&amp;Survei</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>Ke&amp;luhan</translation>
    </message>
    <message>
        <source>Answers to the satisfaction survey: date, member code (empty: anonymous), channel, recommendation score 0–10, satisfaction 1–5, comment, receipt.</source>
        <translation>Jawaban survei kepuasan: tanggal, kode member (kosong: anonim), saluran, nilai rekomendasi 0–10, kepuasan 1–5, komentar, nomor struk.</translation>
    </message>
    <message>
        <source>Complaints from a book or another program: number, date, member code, receipt, category, priority, status, what the customer said and what the remedy cost.</source>
        <translation>Keluhan dari buku catatan atau program lain: nomor, tanggal, kode member, nomor struk, kategori, prioritas, status, kata-kata pelanggan, dan biaya ganti ruginya.</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Impor jawaban survei</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>Impor keluhan</translation>
    </message>
    <message>
        <source>Export survey answers</source>
        <translation>Ekspor jawaban survei</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>Ekspor keluhan</translation>
    </message>
    <message>
        <source>surveys</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>survei</translation>
    </message>
    <message>
        <source>complaints</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>keluhan</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export segments needs a file name.</source>
        <translation>Perintah export segments memerlukan nama file.</translation>
    </message>
    <message>
        <source>--as-of goes with export segments only.</source>
        <translation>--as-of hanya berlaku untuk export segments.</translation>
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
    <name>ImportCommand</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>The rejected rows were written to %1; correct them there and import that file.</source>
        <translation>Baris yang ditolak telah ditulis ke %1; perbaiki di file tersebut, lalu impor file itu.</translation>
    </message>
    <message>
        <source>Another program is writing to the database; waiting for it to finish (up to %1 minutes)…</source>
        <translation>Program lain sedang menulis ke database; menunggu sampai selesai (paling lama %1 menit)…</translation>
    </message>
    <message>
        <source>%1 needs what (customers, products, sales, payments, interactions, surveys or tickets) and a file name.</source>
        <translation>%1 perlu jenis data (customers, products, sales, payments, interactions, surveys, atau tickets) dan nama file.</translation>
    </message>
    <message>
        <source>Cannot %1 &quot;%2&quot;: choose customers, products, sales, payments, interactions, surveys or tickets.</source>
        <translation>Tidak bisa %1 &quot;%2&quot;: pilih customers, products, sales, payments, interactions, surveys, atau tickets.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file has no column for: %1. Name the columns in the first row as %2, or choose which column holds each.</source>
        <translation>File ini tidak memiliki kolom untuk: %1. Beri nama kolom di baris pertama sesuai %2, atau pilih kolom mana yang berisi masing-masing data.</translation>
    </message>
    <message>
        <source>This import is not in the journal.</source>
        <translation>Impor ini tidak ada di catatan impor.</translation>
    </message>
    <message>
        <source>This import was undone already, on %1.</source>
        <translation>Impor ini sudah dibatalkan, pada %1.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>customers it brought in were changed or merged since (%1).</source>
        <translation>pelanggan yang dibawanya sudah diubah atau digabungkan sejak itu (%1).</translation>
    </message>
    <message>
        <source>products it brought in were changed since (%1).</source>
        <translation>produk yang dibawanya sudah diubah sejak itu (%1).</translation>
    </message>
    <message>
        <source>sales it brought in were voided since (%1).</source>
        <translation>penjualan yang dibawanya sudah dibatalkan sejak itu (%1).</translation>
    </message>
    <message>
        <source>payments it brought in were voided since (%1).</source>
        <translation>pembayaran yang dibawanya sudah dibatalkan sejak itu (%1).</translation>
    </message>
    <message>
        <source>This import cannot be undone: %1 Undoing it would lose that change. %2</source>
        <translation>Impor ini tidak bisa dibatalkan: %1 Membatalkannya akan menghilangkan perubahan itu. %2</translation>
    </message>
    <message>
        <source>products it brought in are on sales or stamp cards since (%1).</source>
        <translation>produk yang dibawanya sudah dipakai di penjualan atau kartu stempel sejak itu (%1).</translation>
    </message>
    <message>
        <source>This import cannot be undone: %1 %2</source>
        <translation>Impor ini tidak bisa dibatalkan: %1 %2</translation>
    </message>
    <message>
        <source>points, stamps or interactions were recorded on sales it brought in since (%1).</source>
        <translation>poin, stempel, atau interaksi sudah dicatat pada penjualan yang dibawanya sejak itu (%1).</translation>
    </message>
    <message>
        <source>customers it brought in have sales, payments, points, stamps, interactions, follow-ups, complaints, survey answers or a place on a route recorded since (%1).</source>
        <translation>pelanggan yang dibawanya sudah punya penjualan, pembayaran, poin, stempel, kontak, tindak lanjut, keluhan, jawaban survei, atau tempat di rute yang dicatat sesudahnya (%1).</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Database ready: %1 (data version %2)</source>
        <translation>Database siap: %1 (versi data %2)</translation>
    </message>
    <message>
        <source>The file was upgraded; its earlier version was copied to %1</source>
        <translation>File telah diperbarui; versi sebelumnya disalin ke %1</translation>
    </message>
</context>
<context>
    <name>InteractionCsvImport</name>
    <message>
        <source>customer_code is empty: say who the contact was with.</source>
        <translation>kode pelanggan (kolom customer_code) kosong: isi dengan siapa kontak itu.</translation>
    </message>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, or correct the code.</source>
        <translation>kode pelanggan (kolom customer_code) %1 bukan pelanggan. Impor pelanggan terlebih dahulu, atau perbaiki kodenya.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of contact: use call, visit, whatsapp, sms, email, meeting or note (telepon, kunjungan, wa, rapat, catatan).</source>
        <translation>jenis &quot;%1&quot; bukan jenis kontak: pakai call, visit, whatsapp, sms, email, meeting atau note (telepon, kunjungan, wa, rapat, catatan).</translation>
    </message>
</context>
<context>
    <name>KwitansiSheet</name>
    <message>
        <source>The printer or the file could not be started. Check the printer, then try again.</source>
        <translation>Pencetakan ke printer atau ke file tidak dapat dimulai. Periksa printer, lalu coba lagi.</translation>
    </message>
    <message>
        <source>KWITANSI</source>
        <translation>KWITANSI</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Telah terima dari</translation>
    </message>
    <message>
        <source>The sum of</source>
        <translation>Uang sejumlah</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk pembayaran</translation>
    </message>
    <message>
        <source>payment of what is owed</source>
        <translation>pelunasan piutang</translation>
    </message>
    <message>
        <source>payment of what is owed (%1)</source>
        <translation>pelunasan piutang (%1)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Sisa piutang</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>DIBATALKAN: %1</translation>
    </message>
    <message>
        <source>Received by,</source>
        <translation>Penerima,</translation>
    </message>
    <message>
        <source>The document could not be finished. Try again.</source>
        <translation>Dokumen tidak dapat diselesaikan. Coba lagi.</translation>
    </message>
    <message>
        <source>Kwitansi %1</source>
        <translation>Kwitansi %1</translation>
    </message>
</context>
<context>
    <name>LateFollowUps</name>
    <message>
        <source>Follow-up late since %1: %2</source>
        <translation>Tindak lanjut terlambat sejak %1: %2</translation>
    </message>
</context>
<context>
    <name>Loyalty</name>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>LoyaltyService</name>
    <message>
        <source>Sale %1 voided: %2</source>
        <translation>Penjualan %1 dibatalkan: %2</translation>
    </message>
    <message>
        <source>Say why the points are changed.</source>
        <translation>Tuliskan alasan poin diubah.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Alasan terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>Give the number of points to add or take.</source>
        <translation>Isi jumlah poin yang ditambah atau dikurangi.</translation>
    </message>
    <message>
        <source>The customer has %1 points: at most %1 can be taken.</source>
        <translation>Pelanggan punya %1 poin: paling banyak %1 yang bisa dikurangi.</translation>
    </message>
    <message>
        <source>The member has %1 points: at most %1 can be used.</source>
        <translation>Anggota punya %1 poin: paling banyak %1 yang bisa dipakai.</translation>
    </message>
    <message>
        <source>Not used within %1 months</source>
        <translation>Tidak dipakai dalam %1 bulan</translation>
    </message>
    <message>
        <source>Only a member&apos;s sale earns points, and more than 0 of them.</source>
        <translation>Hanya penjualan kepada anggota yang mendapat poin, dan poinnya harus lebih dari 0.</translation>
    </message>
</context>
<context>
    <name>MemberCardSheet</name>
    <message>
        <source>MEMBER CARD</source>
        <translation>KARTU ANGGOTA</translation>
    </message>
    <message>
        <source>Choose at least one member to print.</source>
        <translation>Pilih paling sedikit satu anggota untuk dicetak.</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Kartu anggota</translation>
    </message>
</context>
<context>
    <name>MemberSlip</name>
    <message>
        <source>Receipt roll</source>
        <translation>Gulungan struk</translation>
    </message>
    <message>
        <source>Member slip %1</source>
        <translation>Slip anggota %1</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>ANGGOTA</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tingkat: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Poin: %1</translation>
    </message>
    <message>
        <source>Worth %1 on your next purchase</source>
        <translation>Senilai %1 untuk belanja berikutnya</translation>
    </message>
    <message>
        <source>Printed %1 %2</source>
        <translation>Dicetak %1 %2</translation>
    </message>
    <message>
        <source>Points expire %1 months after they are earned.</source>
        <translation>Poin hangus %1 bulan setelah didapat.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 stamps</source>
        <translation>%1: %2 dari %3 cap</translation>
    </message>
    <message>
        <source>%1 × %2 free, ready to take</source>
        <translation>%1 × %2 gratis, siap diambil</translation>
    </message>
    <message>
        <source>The printer does not take a receipt roll&apos;s page. Choose the receipt printer in Settings.</source>
        <translation>Printer tidak menerima halaman gulungan struk. Pilih printer struk di Pengaturan.</translation>
    </message>
    <message>
        <source>The slip could not be printed: the printer or the file is not ready. Check it and try again.</source>
        <translation>Slip tidak dapat dicetak: printer atau berkasnya belum siap. Periksa, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The slip could not be printed completely. Check the printer and print it again.</source>
        <translation>Slip tidak tercetak utuh. Periksa printer, lalu cetak lagi.</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation>Pencarian duplikat dihentikan.</translation>
    </message>
    <message>
        <source>This customer no longer exists or was merged into another. Close the window and search again.</source>
        <translation>Pelanggan ini sudah tidak ada atau sudah digabungkan ke pelanggan lain. Tutup jendela ini dan cari lagi.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themself. Choose two customers.</source>
        <translation>Pelanggan tidak bisa digabungkan dengan dirinya sendiri. Pilih dua pelanggan.</translation>
    </message>
    <message>
        <source>This merge is not in the journal.</source>
        <translation>Penggabungan ini tidak ada di catatan penggabungan.</translation>
    </message>
    <message>
        <source>This merge was undone already, on %1.</source>
        <translation>Penggabungan ini sudah dibatalkan, pada %1.</translation>
    </message>
    <message>
        <source>%1 or %2 was merged again later. Undo that later merge first.</source>
        <translation>%1 atau %2 digabungkan lagi sesudahnya. Batalkan dulu penggabungan yang lebih baru itu.</translation>
    </message>
    <message>
        <source>The kept customer no longer exists.</source>
        <translation>Pelanggan yang dipertahankan sudah tidak ada.</translation>
    </message>
    <message>
        <source>Points or stamps of the merged records were used since the merge: undoing it would leave %1 below zero. Nothing was changed.</source>
        <translation>Poin atau stempel dari catatan yang digabungkan sudah dipakai sejak penggabungan: membatalkannya akan membuat saldo %1 di bawah nol. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The journal of this merge cannot be read, so it cannot be undone.</source>
        <translation>Catatan penggabungan ini tidak bisa dibaca, jadi tidak bisa dibatalkan.</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompter</name>
    <message>
        <source>Saved as %1 in %2.</source>
        <translation>Tersimpan sebagai %1 di %2.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Tampilkan &amp;folder</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 inci)</translation>
    </message>
</context>
<context>
    <name>PaymentCsvImport</name>
    <message>
        <source>customer_code is empty: say who paid.</source>
        <translation>kode pelanggan (kolom customer_code) kosong: isi dengan kode pelanggan yang membayar.</translation>
    </message>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, or correct the code.</source>
        <translation>kode pelanggan (kolom customer_code) %1 bukan pelanggan. Impor pelanggan terlebih dahulu, atau perbaiki kodenya.</translation>
    </message>
</context>
<context>
    <name>PaymentReceipt</name>
    <message>
        <source>RECEIPT (KWITANSI)</source>
        <translation>KWITANSI</translation>
    </message>
    <message>
        <source>Received from: %1 (%2)</source>
        <translation>Telah terima dari: %1 (%2)</translation>
    </message>
    <message>
        <source>The sum of: %1</source>
        <translation>Uang sejumlah: %1</translation>
    </message>
    <message>
        <source>For: payment of what is owed</source>
        <translation>Untuk: pembayaran piutang</translation>
    </message>
    <message>
        <source>For: payment of what is owed (%1)</source>
        <translation>Untuk: pembayaran piutang (%1)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>JUMLAH</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Sisa piutang</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>DIBATALKAN: %1</translation>
    </message>
    <message>
        <source>Received by,</source>
        <translation>Penerima,</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Choose a file to save the PDF to.</source>
        <translation>Pilih file untuk menyimpan PDF.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>Folder %1 tidak ada. Pilih folder lain.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Check that you may write to the folder %2 and that the file is not open in another program.</source>
        <translation>%1 tidak dapat ditulis. Pastikan Anda memiliki izin untuk menulis ke folder %2 dan file tersebut tidak sedang dibuka di program lain.</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF was not saved. Free some space and try again.</source>
        <translation>Disk penuh sehingga PDF tidak tersimpan. Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>PDF tidak dapat disimpan ke %1: %2</translation>
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
    <message>
        <source>After the country code 62 (or the leading 0) the number cannot start with 0 again. Example: 0812-3456-7890.</source>
        <translation>Sesudah kode negara 62 (atau angka 0 di depan) nomor tidak bisa diawali 0 lagi. Contoh: 0812-3456-7890.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 cannot be created: the disk is full. Free some space on the drive holding %2, then try again; nothing was changed.</source>
        <translation>%1 tidak bisa dibuat: disk penuh. Kosongkan sebagian ruang di drive tempat %2 berada, lalu coba lagi; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>%1 already exists: Setia does not write over it. Choose another name.</source>
        <translation>%1 sudah ada: Setia tidak menimpanya. Pilih nama lain.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is read-only. Choose another folder, or check its permissions.</source>
        <translation>%1 tidak bisa dibuat: foldernya hanya-baca. Pilih folder lain, atau periksa izin foldernya.</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2). Choose another place.</source>
        <translation>%1 tidak bisa dibuat (%2). Pilih tempat lain.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another place, or check the permissions of the folder above it.</source>
        <translation>Folder %1 tidak bisa dibuat. Pilih tempat lain, atau periksa izin folder di atasnya.</translation>
    </message>
</context>
<context>
    <name>ProductCsvImport</name>
    <message>
        <source>sku %1 appears twice in the file.</source>
        <translation>SKU (kolom sku) %1 muncul dua kali di file ini.</translation>
    </message>
    <message>
        <source>sku %1 is already a product in Setia. Change it there, or use another SKU.</source>
        <translation>SKU (kolom sku) %1 sudah ada sebagai produk di Setia. Ubah produk tersebut di Setia, atau gunakan SKU lain.</translation>
    </message>
</context>
<context>
    <name>ProfitabilityService</name>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Profitabilitas pelanggan</translation>
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
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>HPP</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Trend 90 days</source>
        <translation>Tren 90 hari</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 pelanggan</translation>
    </message>
    <message>
        <source>Over the 365 days up to the date. Sales before point discounts − cost of the goods paid for − rewards (free items at cost, point discounts and what complaints&apos; remedies cost) = margin. Trend: revenue of the last 90 days against the 90 days before.</source>
        <translation>Selama 365 hari sampai tanggal itu. Penjualan sebelum potongan poin − harga pokok barang yang dibayar − hadiah (barang gratis sebesar harga pokoknya, potongan poin, dan biaya ganti rugi keluhan) = margin. Tren: pendapatan 90 hari terakhir dibanding 90 hari sebelumnya.</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>%1
Page %2 of %3</source>
        <translation>%1
Halaman %2 dari %3</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>No printer is set up on this computer. Add the receipt printer to the system, then choose it in Settings.</source>
        <translation>Belum ada printer di komputer ini. Tambahkan printer struk ke sistem, lalu pilih di Pengaturan.</translation>
    </message>
    <message>
        <source>The receipt printer %1 is not available. Switch it on and connect it, or choose another printer in Settings.</source>
        <translation>Printer struk %1 tidak tersedia. Nyalakan dan sambungkan, atau pilih printer lain di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>ReceiptRoll</name>
    <message>
        <source>Receipt roll</source>
        <translation>Gulungan struk</translation>
    </message>
    <message>
        <source>The printer does not take a page of %1 × %2 mm. Choose the receipt printer and its roll in Settings.</source>
        <translation>Printer tidak menerima halaman %1 × %2 mm. Pilih printer struk dan lebar gulungannya di Pengaturan.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: the printer or the file is not ready. Check it and try again.</source>
        <translation>Struk tidak dapat dicetak: printer atau berkasnya belum siap. Periksa, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The receipt could not be printed completely. Check the printer and print it again.</source>
        <translation>Struk tidak tercetak utuh. Periksa printer, lalu cetak lagi.</translation>
    </message>
</context>
<context>
    <name>ReceiptService</name>
    <message>
        <source>This sale no longer exists.</source>
        <translation>Penjualan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The customer of this payment no longer exists.</source>
        <translation>Pelanggan pembayaran ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Phone %1</source>
        <translation>Telp. %1</translation>
    </message>
    <message>
        <source>Documents can only be printed by a program with a graphical interface (QGuiApplication).</source>
        <translation>Dokumen hanya dapat dicetak oleh program yang memiliki antarmuka grafis (QGuiApplication).</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <source>The printer or the file could not be started. Check the printer, then try again.</source>
        <translation>Pencetakan ke printer atau ke file tidak dapat dimulai. Periksa printer, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1. Check the printer, then print again.</source>
        <translation>Printer berhenti setelah halaman %1. Periksa printer, lalu cetak ulang.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>The document could not be finished. Try again.</source>
        <translation>Dokumen tidak dapat diselesaikan. Coba lagi.</translation>
    </message>
    <message>
        <source>Choose a file to save the PDF to.</source>
        <translation>Pilih file untuk menyimpan PDF.</translation>
    </message>
    <message>
        <source>Stopped: nothing was printed or saved.</source>
        <translation>Dihentikan: tidak ada yang dicetak atau disimpan.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Customer list</source>
        <translation>Daftar pelanggan</translation>
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
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 pelanggan</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Umur piutang</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Piutang</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 hari</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 hari</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 hari</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Lebih dari 90 hari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payments go to the oldest credit sales first; days past the due date on the report&apos;s date.</source>
        <translation>Pembayaran dipakai untuk penjualan kredit terlama lebih dulu; hari lewat jatuh tempo dihitung pada tanggal laporan.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Penjualan per pelanggan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Penjualan per produk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Penjualan per hari</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Penjualan per bulan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Walk-in customers</source>
        <translation>Pembeli umum (tanpa kartu)</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 produk</translation>
    </message>
    <message>
        <source>Amounts are the lines&apos; amounts, before discounts on whole sales; Sales counts the sales holding the product.</source>
        <translation>Nilai adalah nilai baris, sebelum diskon per nota; Penjualan menghitung nota yang memuat produk itu.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Loyalty members and points</source>
        <translation>Anggota loyalitas dan poin</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Spent in a year</source>
        <translation>Belanja setahun</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 anggota</translation>
    </message>
    <message>
        <source>%1 customers · as of %2</source>
        <translation>%1 pelanggan · per %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Saldo piutang</translation>
    </message>
</context>
<context>
    <name>RuleSegmentService</name>
    <message>
        <source>Group %1 has no condition: add one or remove the group.</source>
        <translation>Grup %1 belum punya syarat: tambahkan satu atau hapus grupnya.</translation>
    </message>
    <message>
        <source>Condition %1 of group %2 has a value that does not fit its field: choose one from the list, or type a number, an amount or a date (YYYY-MM-DD).</source>
        <translation>Syarat %1 di grup %2 punya nilai yang tidak cocok dengan kolomnya: pilih dari daftar, atau ketik angka, jumlah uang, atau tanggal (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Tambahkan paling sedikit satu syarat.</translation>
    </message>
    <message>
        <source>A segment has at most %1 conditions.</source>
        <translation>Satu segmen paling banyak punya %1 syarat.</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Beri nama segmen.</translation>
    </message>
    <message>
        <source>A segment&apos;s name has at most %1 characters.</source>
        <translation>Nama segmen paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Segmen bernama &quot;%1&quot; sudah ada: pilih nama lain.</translation>
    </message>
    <message>
        <source>This segment does not exist any more.</source>
        <translation>Segmen ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>SaleCsvImport</name>
    <message>
        <source>receipt is empty: every row needs the receipt number of its sale.</source>
        <translation>nomor nota (kolom receipt) kosong: setiap baris harus berisi nomor nota penjualannya.</translation>
    </message>
    <message>
        <source>receipt has more than 40 characters.</source>
        <translation>nomor nota (kolom receipt) lebih dari 40 karakter.</translation>
    </message>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, or correct the code.</source>
        <translation>kode pelanggan (kolom customer_code) %1 bukan pelanggan. Impor pelanggan terlebih dahulu, atau perbaiki kodenya.</translation>
    </message>
    <message>
        <source>sku is empty: name the product of this line.</source>
        <translation>SKU (kolom sku) kosong: isi dengan SKU produk pada baris ini.</translation>
    </message>
    <message>
        <source>sku %1 is not a product. Import the products first, or correct the SKU.</source>
        <translation>SKU (kolom sku) %1 bukan produk. Impor produk terlebih dahulu, atau perbaiki SKU-nya.</translation>
    </message>
    <message>
        <source>payment &quot;%1&quot; is neither cash nor credit.</source>
        <translation>pembayaran (kolom payment) &quot;%1&quot; tidak dikenal: isi dengan cash atau credit (boleh juga tunai atau kredit).</translation>
    </message>
    <message>
        <source>a credit sale needs a customer_code: say who owes the amount.</source>
        <translation>penjualan kredit memerlukan customer_code: isi dengan kode pelanggan yang berutang.</translation>
    </message>
    <message>
        <source>the rows of receipt %1 have different dates.</source>
        <translation>baris-baris nota %1 memiliki tanggal yang berbeda.</translation>
    </message>
    <message>
        <source>the rows of receipt %1 name different customers.</source>
        <translation>baris-baris nota %1 menyebut pelanggan yang berbeda.</translation>
    </message>
    <message>
        <source>the rows of receipt %1 mix cash and credit.</source>
        <translation>baris-baris nota %1 mencampur tunai dan kredit.</translation>
    </message>
    <message>
        <source>Give each sale its own receipt number.</source>
        <translation>Gunakan nomor nota yang berbeda untuk setiap penjualan.</translation>
    </message>
    <message>
        <source>sale_discount of receipt %1 is more than its lines.</source>
        <translation>sale_discount pada nota %1 melebihi total baris-barisnya.</translation>
    </message>
    <message>
        <source>receipt %1 is already in Setia: this sale was imported or entered before.</source>
        <translation>nomor nota (kolom receipt) %1 sudah ada di Setia: penjualan ini sudah pernah diimpor atau dicatat sebelumnya.</translation>
    </message>
    <message>
        <source>line %1 of receipt %2 was refused, and a sale is imported whole or not at all: correct that line.</source>
        <translation>baris %1 dari nota %2 ditolak, dan sebuah penjualan diimpor utuh atau tidak sama sekali: perbaiki baris itu.</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>nomor nota (kolom receipt) %1: %2</translation>
    </message>
</context>
<context>
    <name>SaleReceipt</name>
    <message>
        <source>COPY — printed %1</source>
        <translation>SALINAN — dicetak %1</translation>
    </message>
    <message>
        <source>Member: %1 (%2)</source>
        <translation>Anggota: %1 (%2)</translation>
    </message>
    <message>
        <source>  discount</source>
        <translation>  diskon</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>%1 points used</source>
        <translation>Tukar %1 poin</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>On credit, due %1</source>
        <translation>Kredit, jatuh tempo %1</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>DIBATALKAN: %1</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Poin didapat</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Saldo poin</translation>
    </message>
    <message>
        <source>%1 × %2 free, ready to take</source>
        <translation>%1 × %2 gratis, siap diambil</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>Terima kasih atas kunjungan Anda</translation>
    </message>
</context>
<context>
    <name>SatisfactionReport</name>
    <message>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>data belum cukup</translation>
    </message>
    <message>
        <source>Customer satisfaction (NPS and CSAT)</source>
        <translation>Kepuasan pelanggan (NPS dan CSAT)</translation>
    </message>
    <message>
        <source>Answers of %1 – %2</source>
        <translation>Jawaban %1 – %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktor</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Margin (95 %)</source>
        <translation>Batas galat (95%)</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Jawaban CSAT</translation>
    </message>
    <message>
        <source>CSAT 4–5</source>
        <translation>CSAT 4–5</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>NPS counts each customer&apos;s latest score of the period once and every anonymous answer: 9–10 promote, 7–8 are passive, 0–6 detract; NPS = the share of promoters less that of detractors. Groups are the customer&apos;s segments on %1. The margin is shown from %2 answers; CSAT is the share of 4 and 5.</source>
        <translation>NPS menghitung nilai terakhir tiap pelanggan pada periode ini satu kali, dan setiap jawaban tanpa nama: 9–10 promotor, 7–8 pasif, 0–6 detraktor; NPS = persentase promotor dikurangi persentase detraktor. Kelompok adalah segmen pelanggan per %1. Batas galat ditampilkan mulai %2 jawaban; CSAT adalah persentase nilai 4 dan 5.</translation>
    </message>
    <message>
        <source>What customers wrote</source>
        <translation>Yang ditulis pelanggan</translation>
    </message>
    <message>
        <source>No answer of this period came with a comment.</source>
        <translation>Tidak ada jawaban pada periode ini yang disertai komentar.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
</context>
<context>
    <name>SegmentMembersReport</name>
    <message>
        <source>Segment: %1</source>
        <translation>Segmen: %1</translation>
    </message>
    <message>
        <source>As of %1 · %2 customers</source>
        <translation>Per %1 · %2 pelanggan</translation>
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
        <source>Lifecycle</source>
        <translation>Siklus hidup</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segmen RFM</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Hari sejak</translation>
    </message>
    <message>
        <source>Revenue 365 days</source>
        <translation>Pendapatan 365 hari</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 pelanggan</translation>
    </message>
</context>
<context>
    <name>SegmentNames</name>
    <message>
        <source>Big</source>
        <translation>Besar</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Reguler</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Tanpa tingkat</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Tanpa kelompok</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Tertidur</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Jangan sampai lepas</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Hampir tertidur</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Setia</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Menjanjikan</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>Calon pelanggan setia</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Juara</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Siklus hidup</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>Status kredit</translation>
    </message>
    <message>
        <source>Contribution tier</source>
        <translation>Tingkat kontribusi</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segmen RFM</translation>
    </message>
    <message>
        <source>Profit group</source>
        <translation>Kelompok laba</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Hari sejak pembelian terakhir</translation>
    </message>
    <message>
        <source>Purchases (365 days)</source>
        <translation>Jumlah pembelian (365 hari)</translation>
    </message>
    <message>
        <source>Revenue (365 days)</source>
        <translation>Pendapatan (365 hari)</translation>
    </message>
    <message>
        <source>Margin (365 days)</source>
        <translation>Margin (365 hari)</translation>
    </message>
    <message>
        <source>Revenue (90 days)</source>
        <translation>Pendapatan (90 hari)</translation>
    </message>
    <message>
        <source>R score</source>
        <translation>Skor R</translation>
    </message>
    <message>
        <source>F score</source>
        <translation>Skor F</translation>
    </message>
    <message>
        <source>M score</source>
        <translation>Skor M</translation>
    </message>
    <message>
        <source>Projected next month</source>
        <translation>Perkiraan bulan depan</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Nilai seumur hidup</translation>
    </message>
    <message>
        <source>Margin to date</source>
        <translation>Margin sampai kini</translation>
    </message>
    <message>
        <source>Person or business</source>
        <translation>Perorangan atau usaha</translation>
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
        <source>Customer type</source>
        <translation>Jenis pelanggan</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Datang lewat</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Anggota sejak</translation>
    </message>
    <message>
        <source>is</source>
        <translation>adalah</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>bukan</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>memuat</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>tidak memuat</translation>
    </message>
    <message>
        <source>below</source>
        <translation>kurang dari</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>paling banyak</translation>
    </message>
    <message>
        <source>above</source>
        <translation>lebih dari</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>paling sedikit</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Unknown</source>
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
        <source>Flagged as a bad customer → %1</source>
        <translation>Ditandai sebagai pelanggan buruk → %1</translation>
    </message>
    <message>
        <source>No purchase yet → %1</source>
        <translation>Belum pernah membeli → %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>paling lama %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>lebih dari %1</translation>
    </message>
    <message>
        <source>Last purchase %1 days ago (%2) → %3</source>
        <translation>Pembelian terakhir %1 hari lalu (%2) → %3</translation>
    </message>
    <message>
        <source>Revenue %1 in 365 days, among the customers who bring the first %2 % of revenue → big</source>
        <translation>Pendapatan %1 dalam 365 hari, termasuk pelanggan yang membawa %2 % pendapatan pertama → besar</translation>
    </message>
    <message>
        <source>Revenue %1 in 365 days, among the customers who bring %2–%3 % of revenue → regular</source>
        <translation>Pendapatan %1 dalam 365 hari, termasuk pelanggan yang membawa %2–%3 % pendapatan → reguler</translation>
    </message>
    <message>
        <source>Revenue %1 in 365 days, among the customers who bring the last %2 % of revenue → micro</source>
        <translation>Pendapatan %1 dalam 365 hari, termasuk pelanggan yang membawa %2 % pendapatan terakhir → mikro</translation>
    </message>
    <message>
        <source>No revenue in the last 365 days → no tier</source>
        <translation>Tidak ada pendapatan dalam 365 hari terakhir → tanpa tingkat</translation>
    </message>
    <message>
        <source>No purchase in the last 365 days → %1</source>
        <translation>Tidak ada pembelian dalam 365 hari terakhir → %1</translation>
    </message>
    <message>
        <source>R %1 (last purchase %2 days ago) · F %3 (%4 purchases) · M %5 (%6) → %7</source>
        <translation>R %1 (pembelian terakhir %2 hari lalu) · F %3 (%4 pembelian) · M %5 (%6) → %7</translation>
    </message>
    <message>
        <source>Margin %1 in 365 days, among the customers who bring the first %2 % of margin → major</source>
        <translation>Margin %1 dalam 365 hari, termasuk pelanggan yang membawa %2 % margin pertama → utama</translation>
    </message>
    <message>
        <source>Margin %1; first purchase %2 days ago → potential</source>
        <translation>Margin %1; pembelian pertama %2 hari lalu → potensial</translation>
    </message>
    <message>
        <source>Margin %1; revenue %2 in the last 90 days, nothing in the 90 before → potential</source>
        <translation>Margin %1; pendapatan %2 dalam 90 hari terakhir, nihil pada 90 hari sebelumnya → potensial</translation>
    </message>
    <message>
        <source>Margin %1; revenue %2 in the last 90 days against %3 in the 90 before → potential</source>
        <translation>Margin %1; pendapatan %2 dalam 90 hari terakhir dibanding %3 pada 90 hari sebelumnya → potensial</translation>
    </message>
    <message>
        <source>Margin %1, not growing → low</source>
        <translation>Margin %1, tidak tumbuh → rendah</translation>
    </message>
    <message>
        <source>Margin %1 → low</source>
        <translation>Margin %1 → rendah</translation>
    </message>
    <message>
        <source>No purchase in the last 365 days → no group</source>
        <translation>Tidak ada pembelian dalam 365 hari terakhir → tanpa kelompok</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Tingkat loyalitas</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Hari sejak kontak terakhir</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Contact interval (days)</source>
        <translation>Interval kontak (hari)</translation>
    </message>
    <message>
        <source>Credit limit used (%)</source>
        <translation>Limit kredit terpakai (%)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>minggu ini</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>bulan ini</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The days before asking whether a customer is satisfied</source>
        <translation>Hari sebelum menanyakan kepuasan pelanggan</translation>
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
    <message>
        <source>This is already saved: a value that must be unique is taken. (%1)</source>
        <translation>Data ini sudah pernah disimpan: salah satu nilai yang harus unik sudah terpakai. (%1)</translation>
    </message>
</context>
<context>
    <name>StampService</name>
    <message>
        <source>Give the card a name, such as &quot;Kopi Susu&quot; or &quot;Roti&quot;.</source>
        <translation>Beri nama kartu, misalnya &quot;Kopi Susu&quot; atau &quot;Roti&quot;.</translation>
    </message>
    <message>
        <source>A card name has at most %1 characters.</source>
        <translation>Nama kartu paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Choose the product or the category that gives stamps.</source>
        <translation>Pilih produk atau kategori yang memberi cap.</translation>
    </message>
    <message>
        <source>The product that gives stamps does not exist. Choose it again.</source>
        <translation>Produk yang memberi cap tidak ada. Pilih lagi.</translation>
    </message>
    <message>
        <source>A reward needs 1 to %1 stamps.</source>
        <translation>Satu hadiah butuh 1 sampai %1 cap.</translation>
    </message>
    <message>
        <source>Choose the product given as the reward.</source>
        <translation>Pilih produk yang diberikan sebagai hadiah.</translation>
    </message>
    <message>
        <source>This stamp card does not exist any more.</source>
        <translation>Kartu cap ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Version %1 of this card no longer gives stamps: change the newest version, or make a new card.</source>
        <translation>Versi %1 kartu ini tidak lagi memberi cap: ubah versi terbaru, atau buat kartu baru.</translation>
    </message>
    <message>
        <source>Only a member can take a stamp reward.</source>
        <translation>Hanya anggota yang bisa mengambil hadiah cap.</translation>
    </message>
    <message>
        <source>The member has %1 of the %2 stamps needed on the %3 card.</source>
        <translation>Anggota ini punya %1 dari %2 cap yang dibutuhkan pada kartu %3.</translation>
    </message>
    <message>
        <source>Sale %1 voided: %2</source>
        <translation>Penjualan %1 dibatalkan: %2</translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <source>Credit: %1</source>
        <translation>Kredit: %1</translation>
    </message>
    <message>
        <source>Cash: %1</source>
        <translation>Tunai: %1</translation>
    </message>
    <message>
        <source>VOIDED (%1) — %2</source>
        <translation>DIBATALKAN (%1) — %2</translation>
    </message>
    <message>
        <source>Prospect (never bought)</source>
        <translation>Prospek (belum pernah membeli)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Bad customer</source>
        <translation>Pelanggan bermasalah</translation>
    </message>
    <message>
        <source>current</source>
        <translation>lancar</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>macet (over 90 days)</source>
        <translation>macet (lebih dari 90 hari)</translation>
    </message>
</context>
<context>
    <name>SurveyCardSheet</name>
    <message>
        <source>SURVEY CARD</source>
        <translation>KARTU SURVEI</translation>
    </message>
    <message>
        <source>Dear customer</source>
        <translation>Pelanggan yang terhormat</translation>
    </message>
    <message>
        <source>How likely are you to recommend %1 to a friend or family? Tick one box.</source>
        <translation>Seberapa besar kemungkinan Anda merekomendasikan %1 kepada teman atau keluarga? Centang satu kotak.</translation>
    </message>
    <message>
        <source>not at all likely</source>
        <translation>sama sekali tidak</translation>
    </message>
    <message>
        <source>extremely likely</source>
        <translation>pasti</translation>
    </message>
    <message>
        <source>How satisfied were you with your visit today?</source>
        <translation>Seberapa puas Anda dengan kunjungan hari ini?</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>sangat tidak puas</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>sangat puas</translation>
    </message>
    <message>
        <source>What could we do better?</source>
        <translation>Apa yang bisa kami perbaiki?</translation>
    </message>
    <message>
        <source>Thank you! Hand the card to the cashier.</source>
        <translation>Terima kasih! Serahkan kartu ini ke kasir.</translation>
    </message>
    <message>
        <source>Choose at least one customer to print for.</source>
        <translation>Pilih setidaknya satu pelanggan untuk dicetakkan kartunya.</translation>
    </message>
    <message>
        <source>Survey cards</source>
        <translation>Kartu survei</translation>
    </message>
</context>
<context>
    <name>SurveyCsvImport</name>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, correct the code, or leave it empty for an anonymous answer.</source>
        <translation>customer_code %1 bukan pelanggan. Impor pelanggannya dulu, perbaiki kodenya, atau kosongkan untuk jawaban anonim.</translation>
    </message>
    <message>
        <source>channel &quot;%1&quot; is not a way of answering: use counter, paper, whatsapp or phone (kasir, kertas, wa, telepon).</source>
        <translation>channel &quot;%1&quot; bukan cara menjawab: pakai counter, paper, whatsapp, atau phone (kasir, kertas, wa, telepon).</translation>
    </message>
    <message>
        <source>nps &quot;%1&quot; is not a score from 0 to 10.</source>
        <translation>nps &quot;%1&quot; bukan nilai 0 sampai 10.</translation>
    </message>
    <message>
        <source>csat &quot;%1&quot; is not a score from 1 to 5.</source>
        <translation>csat &quot;%1&quot; bukan nilai 1 sampai 5.</translation>
    </message>
    <message>
        <source>receipt %1 is not a sale in this file.</source>
        <translation>struk %1 bukan penjualan di file data ini.</translation>
    </message>
</context>
<context>
    <name>TargetSheetService</name>
    <message>
        <source>Today&apos;s sales targets</source>
        <translation>Sasaran Penjualan Hari Ini</translation>
    </message>
    <message>
        <source>%1 · %2 customers · %3 salespeople</source>
        <translation>%1 · %2 pelanggan · %3 sales</translation>
    </message>
    <message>
        <source>Without a salesperson</source>
        <translation>Tanpa sales</translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>Sales: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Nilai sasaran</translation>
    </message>
    <message>
        <source>Receivables to collect</source>
        <translation>Piutang ditagih</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Beli terakhir</translation>
    </message>
    <message>
        <source>Owed · due</source>
        <translation>Piutang · jatuh tempo</translation>
    </message>
    <message>
        <source>Suggested items</source>
        <translation>Saran barang</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Paraf</translation>
    </message>
    <message>
        <source>No regular items yet</source>
        <translation>Belum ada barang rutin</translation>
    </message>
    <message>
        <source>Try: %1 (%2)</source>
        <translation>Tawarkan: %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <source>order / no sale / closed</source>
        <translation>pesan / tidak / tutup</translation>
    </message>
    <message>
        <source>Nobody is due on this day.</source>
        <translation>Tidak ada pelanggan yang dikunjungi hari ini.</translation>
    </message>
    <message>
        <source>Due: a visit day, or their usual gap between purchases has passed. Suggested: items in at least 2 of their last 6 purchases, the average of the last 4 rounded up, at today&apos;s price. Try: what customers of the same type bought most in 90 days and they have not in a year.</source>
        <translation>Dikunjungi: hari kunjungannya, atau jarak belanja biasanya sudah lewat. Saran: barang yang ada di paling sedikit 2 dari 6 pembelian terakhir, rata-rata 4 pembelian terakhir dibulatkan ke atas, dengan harga hari ini. Tawarkan: barang yang paling banyak dibeli pelanggan sejenis dalam 90 hari dan belum dibeli pelanggan ini dalam setahun.</translation>
    </message>
    <message>
        <source>This customer does not exist or is archived: choose another one.</source>
        <translation>Pelanggan ini tidak ada atau sudah diarsipkan: pilih pelanggan lain.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Diperiksa</translation>
    </message>
    <message>
        <source>Customers to visit</source>
        <translation>Pelanggan untuk dikunjungi</translation>
    </message>
    <message>
        <source>%1 × %2 = %3 (average of %4 from the last %5 purchases)</source>
        <translation>%1 × %2 = %3 (rata-rata %4 dari %5 pembelian terakhir)</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 pelanggan</translation>
    </message>
    <message>
        <source>Target %1 · receivables to collect %2</source>
        <translation>Sasaran %1 · piutang ditagih %2</translation>
    </message>
</context>
<context>
    <name>TargetsCommand</name>
    <message>
        <source>targets needs --date YYYY-MM-DD and -o FILE.pdf or FILE.csv.</source>
        <translation>targets butuh --date YYYY-MM-DD dan -o FILE.pdf atau FILE.csv.</translation>
    </message>
</context>
<context>
    <name>TicketCsvImport</name>
    <message>
        <source>number %1 is too long for a ticket number: at most 30 characters.</source>
        <translation>number %1 terlalu panjang untuk nomor keluhan: paling banyak 30 karakter.</translation>
    </message>
    <message>
        <source>Ticket %1 is in the file twice: only the first was imported.</source>
        <translation>Keluhan %1 ada dua kali di file: hanya yang pertama diimpor.</translation>
    </message>
    <message>
        <source>Ticket %1 is there already.</source>
        <translation>Keluhan %1 sudah ada.</translation>
    </message>
    <message>
        <source>customer_code is empty: say who complained.</source>
        <translation>customer_code kosong: isi siapa yang mengeluh.</translation>
    </message>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, or correct the code.</source>
        <translation>customer_code %1 bukan pelanggan. Impor pelanggannya dulu, atau perbaiki kodenya.</translation>
    </message>
    <message>
        <source>receipt %1 is not a sale in this file.</source>
        <translation>struk %1 bukan penjualan di file data ini.</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot; is not one: use low, normal or high (rendah, biasa, tinggi).</source>
        <translation>priority &quot;%1&quot; tidak dikenal: pakai low, normal, atau high (rendah, biasa, tinggi).</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one: use open, in_progress, waiting, resolved or closed (baru, diproses, menunggu, selesai, ditutup).</source>
        <translation>status &quot;%1&quot; tidak dikenal: pakai open, in_progress, waiting, resolved, atau closed (baru, diproses, menunggu, selesai, ditutup).</translation>
    </message>
</context>
<context>
    <name>TicketReceipt</name>
    <message>
        <source>COMPLAINT RECEIPT</source>
        <translation>TANDA TERIMA KELUHAN</translation>
    </message>
    <message>
        <source>From: %1 (%2)</source>
        <translation>Dari: %1 (%2)</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Perihal: %1</translation>
    </message>
    <message>
        <source>Your complaint:</source>
        <translation>Keluhan Anda:</translation>
    </message>
    <message>
        <source>We will get back to you by %1.</source>
        <translation>Kami akan menghubungi Anda paling lambat %1.</translation>
    </message>
    <message>
        <source>Keep this receipt and give the number %1 when you ask about your complaint.</source>
        <translation>Simpan tanda terima ini dan sebutkan nomor %1 saat menanyakan keluhan Anda.</translation>
    </message>
    <message>
        <source>Received by,</source>
        <translation>Penerima,</translation>
    </message>
    <message>
        <source>Priority: urgent</source>
        <translation>Prioritas: mendesak</translation>
    </message>
    <message>
        <source>Complaint receipt</source>
        <translation>Tanda terima keluhan</translation>
    </message>
    <message>
        <source>No. %1 · received %2</source>
        <translation>No. %1 · diterima %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>mendesak</translation>
    </message>
    <message>
        <source>Your complaint</source>
        <translation>Keluhan Anda</translation>
    </message>
</context>
<context>
    <name>TicketReceiptOutput</name>
    <message>
        <source>Complaint %1</source>
        <translation>Keluhan %1</translation>
    </message>
    <message>
        <source>Print the tanda terima</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <source>The complaint is saved; its tanda terima was not printed: %1</source>
        <translation>Keluhan sudah tersimpan; tanda terimanya tidak tercetak: %1</translation>
    </message>
    <message>
        <source>Save the tanda terima</source>
        <translation>Simpan tanda terima</translation>
    </message>
    <message>
        <source>Tanda terima %1.pdf</source>
        <translation>Tanda terima %1.pdf</translation>
    </message>
</context>
<context>
    <name>TicketTexts</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Menunggu pelanggan</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>Nothing given</source>
        <translation>Tidak ada ganti rugi</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>Uang kembali</translation>
    </message>
    <message>
        <source>Credit on the account</source>
        <translation>Potong utang/kredit</translation>
    </message>
    <message>
        <source>A free item</source>
        <translation>Barang gratis</translation>
    </message>
    <message>
        <source>A voucher of points</source>
        <translation>Voucher poin</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Kualitas produk</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pelayanan</translation>
    </message>
    <message>
        <source>Price or receipt error</source>
        <translation>Salah harga/struk</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Selesai terlambat</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Selesai tepat waktu</translation>
    </message>
    <message>
        <source>Clock stopped (was late)</source>
        <translation>Waktu dihentikan (sudah terlambat)</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Waktu dihentikan</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <source>Complaint received: %1</source>
        <translation>Keluhan diterima: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Sekarang: %1</translation>
    </message>
    <message>
        <source>Now: %1 — %2</source>
        <translation>Sekarang: %1 — %2</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Ditanggapi: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>Ganti rugi: %1</translation>
    </message>
    <message>
        <source>Late: resolution due %1</source>
        <translation>Terlambat: selesai s.d. %1</translation>
    </message>
    <message>
        <source>Late: answer due %1</source>
        <translation>Terlambat: tanggapi s.d. %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Selesaikan s.d. %1</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Tanggapi s.d. %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Points earned</source>
        <translation>Poin didapat</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Poin dipakai</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Poin diubah</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Poin kedaluwarsa</translation>
    </message>
    <message>
        <source>Done: %1 (due %2)</source>
        <translation>Selesai: %1 (jatuh tempo %2)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>would recommend: %1 of 10</source>
        <translation>rekomendasi: %1 dari 10</translation>
    </message>
    <message>
        <source>satisfied: %1 of 5</source>
        <translation>kepuasan: %1 dari 5</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A part of this change failed, so none of it was saved. Try again.</source>
        <translation>Sebagian dari perubahan ini gagal, jadi tidak ada yang disimpan. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>WhatsAppService</name>
    <message>
        <source>There is no message template &quot;%1&quot;. Choose one of Settings&apos; templates.</source>
        <translation>Tidak ada templat pesan &quot;%1&quot;. Pilih salah satu templat di Pengaturan.</translation>
    </message>
    <message>
        <source>%1 has no phone number. Add it on their details first.</source>
        <translation>%1 belum punya nomor HP. Tambahkan dulu di data pelanggannya.</translation>
    </message>
    <message>
        <source>%1&apos;s phone is marked as not on WhatsApp. Call them, or change that on their details if they use WhatsApp now.</source>
        <translation>Nomor %1 ditandai tidak memakai WhatsApp. Telepon saja, atau ubah tandanya di data pelanggan bila sekarang sudah memakai WhatsApp.</translation>
    </message>
    <message>
        <source>%1 has not agreed to offers on WhatsApp, so only a transaction message (a debt reminder, a thank-you) may go to them. Record their consent on their details if they give it.</source>
        <translation>%1 belum setuju menerima penawaran lewat WhatsApp, jadi hanya pesan transaksi (pengingat tagihan, ucapan terima kasih) yang boleh dikirim. Catat persetujuannya di data pelanggan bila ia memberikannya.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Pesannya kosong.</translation>
    </message>
    <message>
        <source>The message has %1 characters; WhatsApp links take at most %2. Shorten it.</source>
        <translation>Pesan ini %1 karakter; tautan WhatsApp paling banyak %2. Persingkat pesannya.</translation>
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
    <name>setia::AgendaCommand</name>
    <message>
        <source>--date takes a date as YYYY-MM-DD, such as 2026-08-17.</source>
        <translation>--date diisi tanggal dengan format YYYY-MM-DD, misalnya 2026-08-17.</translation>
    </message>
    <message>
        <source>--staff needs the name of a staff member.</source>
        <translation>--staff perlu diisi nama seorang staf.</translation>
    </message>
</context>
<context>
    <name>setia::AgendaModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tanggal</translation>
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
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
</context>
<context>
    <name>setia::BackupCommand</name>
    <message>
        <source>backup needs the file to write the copy to.</source>
        <translation>backup memerlukan file tujuan salinan.</translation>
    </message>
    <message>
        <source>Backed up and checked: %1 (data version %2, %3 customers, %4 sales)</source>
        <translation>Dicadangkan dan diperiksa: %1 (versi data %2, %3 pelanggan, %4 penjualan)</translation>
    </message>
</context>
<context>
    <name>setia::Barcode</name>
    <message>
        <source>The barcode could not be made.</source>
        <translation>Barcode tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 cannot be printed as a barcode (%2).</source>
        <translation>%1 tidak dapat dicetak sebagai barcode (%2).</translation>
    </message>
</context>
<context>
    <name>setia::BusinessRuleDialog</name>
    <message>
        <source>New business rule</source>
        <translation>Aturan bisnis baru</translation>
    </message>
    <message>
        <source>Change business rule</source>
        <translation>Ubah aturan bisnis</translation>
    </message>
    <message>
        <source>e.g. Big customers are served by senior sales staff</source>
        <translation>mis. Pelanggan besar dilayani sales senior</translation>
    </message>
    <message>
        <source>give them a salesperson from a list</source>
        <translation>beri sales dari daftar</translation>
    </message>
    <message>
        <source>make a follow-up for their salesperson</source>
        <translation>buat tindak lanjut untuk sales-nya</translation>
    </message>
    <message>
        <source>e.g. Budi, Ani</source>
        <translation>mis. Budi, Ani</translation>
    </message>
    <message>
        <source>Sales&amp;people:</source>
        <translation>&amp;Sales:</translation>
    </message>
    <message>
        <source>A customer served by one of them keeps theirs; the others get the one who serves the fewest customers.</source>
        <translation>Pelanggan yang sudah dilayani salah satu dari mereka tetap; yang lain mendapat sales dengan pelanggan paling sedikit.</translation>
    </message>
    <message>
        <source>e.g. Call: ask why they stopped coming</source>
        <translation>mis. Telepon: tanyakan kenapa tidak datang lagi</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Yang dikerjakan:</translation>
    </message>
    <message>
        <source> days later</source>
        <translation> hari kemudian</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>hari itu juga</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Jatuh tempo:</translation>
    </message>
    <message>
        <source>e.g. Owner</source>
        <translation>mis. Pemilik</translation>
    </message>
    <message>
        <source>&amp;Without a salesperson, for:</source>
        <translation>&amp;Tanpa sales, untuk:</translation>
    </message>
    <message>
        <source>Also for the customers who match &amp;now</source>
        <translation>Juga untuk pelanggan yang cocok &amp;sekarang</translation>
    </message>
    <message>
        <source>Otherwise the rule acts only for customers who come to match it from now on</source>
        <translation>Jika tidak, aturan hanya berlaku bagi pelanggan yang baru cocok mulai sekarang</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>Aturan &amp;aktif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>When a customer comes to match:</source>
        <translation>Saat pelanggan menjadi cocok dengan:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Maka:</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Simpan aturan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 customers match today.</source>
        <translation>%1 pelanggan cocok hari ini.</translation>
    </message>
</context>
<context>
    <name>setia::BusinessRuleService</name>
    <message>
        <source>This rule does not exist any more.</source>
        <translation>Aturan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Beri nama aturan ini.</translation>
    </message>
    <message>
        <source>A rule&apos;s name has at most %1 characters.</source>
        <translation>Nama aturan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Name the salesperson to assign, or the ones to choose from.</source>
        <translation>Tulis nama sales yang ditugaskan, atau daftar sales yang bisa dipilih.</translation>
    </message>
    <message>
        <source>A rule chooses from at most %1 salespeople.</source>
        <translation>Satu aturan memilih dari paling banyak %1 sales.</translation>
    </message>
    <message>
        <source>Say what the follow-up is for, e.g. &quot;Call: ask why they stopped coming&quot;.</source>
        <translation>Tulis untuk apa tindak lanjutnya, mis. &quot;Telepon: tanyakan kenapa tidak datang lagi&quot;.</translation>
    </message>
    <message>
        <source>What to do has at most %1 characters.</source>
        <translation>Yang dikerjakan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>A follow-up is due 0 to %1 days after the rule fired.</source>
        <translation>Tindak lanjut jatuh tempo 0 sampai %1 hari setelah aturan berjalan.</translation>
    </message>
    <message>
        <source>A rule named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Aturan bernama &quot;%1&quot; sudah ada: pilih nama lain.</translation>
    </message>
    <message numerus="yes">
        <source>This rule fired %n time(s): its log stays, so switch it off instead of removing it.</source>
        <translation>
            <numerusform>Aturan ini sudah berjalan %n kali: catatannya tetap disimpan, jadi matikan saja, jangan dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salesperson %1</source>
        <translation>Sales %1</translation>
    </message>
    <message>
        <source>Salesperson %1 (was %2)</source>
        <translation>Sales %1 (sebelumnya %2)</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;</source>
        <translation>Aturan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Follow-up due %1: %2</source>
        <translation>Tindak lanjut jatuh tempo %1: %2</translation>
    </message>
    <message>
        <source>Follow-up for %1 due %2: %3</source>
        <translation>Tindak lanjut untuk %1 jatuh tempo %2: %3</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>Teks berisi karakter kontrol tak terlihat. Ketik ulang.</translation>
    </message>
    <message>
        <source>A salesperson&apos;s name has at most %1 characters.</source>
        <translation>Nama sales paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Who does it has at most %1 characters.</source>
        <translation>Nama yang mengerjakan paling banyak %1 karakter.</translation>
    </message>
</context>
<context>
    <name>setia::BusinessRulesBox</name>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>Sales: %1</translation>
    </message>
    <message>
        <source>Follow-up the same day: %1</source>
        <translation>Tindak lanjut hari itu juga: %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n day(s): %1</source>
        <translation>
            <numerusform>Tindak lanjut dalam %n hari: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Aturan bisnis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Maka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Aturan baru…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Matikan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jalankan sekarang</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Catatan…</translation>
    </message>
    <message>
        <source>Setia runs the rules after changes and once a day. A customer sets a rule off once for each time they come to match it.</source>
        <translation>Setia menjalankan aturan setelah ada perubahan dan sekali sehari. Satu pelanggan memicu aturan sekali setiap kali ia menjadi cocok.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>mati</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Hapus aturan &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Running the rules on every customer…</source>
        <translation>Menjalankan aturan untuk semua pelanggan…</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) ran: no customer came to match one since the last run.</source>
        <translation>
            <numerusform>%n aturan berjalan: tidak ada pelanggan yang baru cocok sejak terakhir dijalankan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) ran and took %1 actions: see the log.</source>
        <translation>
            <numerusform>%n aturan berjalan dan melakukan %1 tindakan: lihat catatannya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>setia::CheckCommand</name>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
</context>
<context>
    <name>setia::ColumnMappingForm</name>
    <message>
        <source>— not in file —</source>
        <translation>— tidak ada di file —</translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation>(kolom %1 tanpa nama)</translation>
    </message>
    <message>
        <source>Column name in Setia&apos;s own files: %1</source>
        <translation>Nama kolom di file Setia sendiri: %1</translation>
    </message>
</context>
<context>
    <name>setia::ComplaintSettingsBox</name>
    <message>
        <source>Complaints and surveys</source>
        <translation>Keluhan dan survei</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> jawaban</translation>
    </message>
    <message>
        <source>One category a line, in the order they are offered</source>
        <translation>Satu kategori per baris, sesuai urutan yang ditawarkan</translation>
    </message>
    <message>
        <source>First answer within</source>
        <translation>Tanggapan pertama dalam</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Selesai dalam</translation>
    </message>
    <message>
        <source>Urgent: first answer within</source>
        <translation>Mendesak: tanggapan pertama dalam</translation>
    </message>
    <message>
        <source>Urgent: resolved within</source>
        <translation>Mendesak: selesai dalam</translation>
    </message>
    <message>
        <source>Ask if satisfied after</source>
        <translation>Tanyakan kepuasan setelah</translation>
    </message>
    <message>
        <source>Call back a detractor after</source>
        <translation>Hubungi pelanggan kecewa setelah</translation>
    </message>
    <message>
        <source>NPS margin from</source>
        <translation>Margin NPS mulai</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>The deadlines count only the opening hours, and stop while waiting for the customer.</source>
        <translation>Tenggat hanya dihitung dalam jam buka, dan berhenti selama menunggu pelanggan.</translation>
    </message>
</context>
<context>
    <name>setia::ComplaintsView</name>
    <message>
        <source>Complaints</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Search number, name or member code… (Ctrl+F)</source>
        <translation>Cari nomor, nama, atau kode member… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>Keluhan &amp;baru</translation>
    </message>
    <message>
        <source>Write down a complaint (Ctrl+N)</source>
        <translation>Catat keluhan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Enter survey &amp;cards…</source>
        <translation>Isi kartu &amp;survei…</translation>
    </message>
    <message>
        <source>Scan a stack of filled-in paper survey cards and type their scores</source>
        <translation>Pindai setumpuk kartu survei kertas yang sudah diisi dan ketik nilainya</translation>
    </message>
    <message>
        <source>Still to deal with</source>
        <translation>Masih harus ditangani</translation>
    </message>
    <message>
        <source>Every one of the last %1 days</source>
        <translation>Semua dari %1 hari terakhir</translation>
    </message>
    <message>
        <source>No complaint to deal with. When a customer complains, Ctrl+N writes it down; its deadlines count the shop&apos;s opening hours.</source>
        <translation>Tidak ada keluhan yang harus ditangani. Kalau pelanggan mengeluh, Ctrl+N mencatatnya; tenggatnya dihitung dalam jam buka toko.</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Keluhan baru</translation>
    </message>
    <message>
        <source>Find a complaint</source>
        <translation>Cari keluhan</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n keluhan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n late</source>
        <translation>
            <numerusform>%1, %n terlambat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>setia::CompleteFollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>e.g. paid half, the rest on Friday</source>
        <translation>mis. bayar separuh, sisanya hari Jumat</translation>
    </message>
    <message>
        <source>Done by &amp;way of</source>
        <translation>&amp;Dikerjakan lewat</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>setia::ContactActions</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Catat kontak…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>&amp;Tindak lanjut baru…</translation>
    </message>
    <message>
        <source>&amp;WhatsApp…</source>
        <translation>&amp;WhatsApp…</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Kon&amp;tak</translation>
    </message>
    <message>
        <source>Log a call or visit (Ctrl+L), plan a follow-up (Ctrl+T) or send a WhatsApp message (Alt+W) to the selected customer</source>
        <translation>Catat telepon atau kunjungan (Ctrl+L), rencanakan tindak lanjut (Ctrl+T), atau kirim pesan WhatsApp (Alt+W) ke pelanggan yang dipilih</translation>
    </message>
</context>
<context>
    <name>setia::CounterMatchModel</name>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
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
        <source>Last seen</source>
        <translation>Terakhir</translation>
    </message>
</context>
<context>
    <name>setia::CounterSurveyDialog</name>
    <message>
        <source>A quick question</source>
        <translation>Satu pertanyaan singkat</translation>
    </message>
    <message>
        <source>this shop</source>
        <translation>toko ini</translation>
    </message>
    <message>
        <source>Walk-in customer (anonymous)</source>
        <translation>Pembeli umum (anonim)</translation>
    </message>
    <message>
        <source>Type the digit the customer says (10: +). Esc: skip.</source>
        <translation>Ketik angka yang disebut pelanggan (10: +). Esc: lewati.</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>sama sekali tidak</translation>
    </message>
    <message>
        <source>certainly</source>
        <translation>pasti</translation>
    </message>
    <message>
        <source>How likely are you to recommend %1 to a friend?</source>
        <translation>Seberapa besar kemungkinan Anda merekomendasikan %1 kepada teman?</translation>
    </message>
</context>
<context>
    <name>setia::CounterView</name>
    <message>
        <source>Counter</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Phone digits, name or member code (F2)</source>
        <translation>Angka telepon, nama, atau kode anggota (F2)</translation>
    </message>
    <message>
        <source>Earns %1 points · Enter saves it as paid in cash</source>
        <translation>Dapat %1 poin · Enter menyimpannya sebagai bayar tunai</translation>
    </message>
    <message>
        <source>Saved %1: %2 · %3 points earned</source>
        <translation>Tersimpan %1: %2 · dapat %3 poin</translation>
    </message>
    <message>
        <source>New &amp;member (Ctrl+N)</source>
        <translation>&amp;Anggota baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1 points are worth %2, more than the purchase.</source>
        <translation>%1 poin bernilai %2, lebih dari belanjanya.</translation>
    </message>
    <message>
        <source>Pays %1 after %2 points (%3) · earns no points · Enter saves it</source>
        <translation>Bayar %1 setelah %2 poin (%3) · tidak dapat poin · Enter menyimpannya</translation>
    </message>
    <message>
        <source>Saved %1: %2 paid, %3 points used</source>
        <translation>Tersimpan %1: bayar %2, memakai %3 poin</translation>
    </message>
    <message>
        <source>Saved %1: %2 given free</source>
        <translation>Tersimpan %1: %2 diberikan gratis</translation>
    </message>
    <message>
        <source>Wal&amp;k-in purchase (F3)</source>
        <translation>Pembeli &amp;umum (F3)</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;. Ctrl+N adds a new member with it; F3 logs the purchase without a member.</source>
        <translation>Tidak ada yang cocok dengan &quot;%1&quot;. Ctrl+N menambah anggota baru dengan nomor itu; F3 mencatat pembelian tanpa kartu anggota.</translation>
    </message>
    <message>
        <source>One phone ends with %1: Enter opens it.</source>
        <translation>Satu nomor berakhiran %1: tekan Enter untuk membukanya.</translation>
    </message>
    <message>
        <source>%1 phones end with %2: Enter, then the row&apos;s number.</source>
        <translation>%1 nomor berakhiran %2: tekan Enter, lalu angka barisnya.</translation>
    </message>
    <message>
        <source>One match: Enter opens it.</source>
        <translation>Satu yang cocok: tekan Enter untuk membukanya.</translation>
    </message>
    <message>
        <source>%1 matches: Enter, then the row&apos;s number.</source>
        <translation>%1 yang cocok: tekan Enter, lalu angka barisnya.</translation>
    </message>
    <message>
        <source>Showing the first %1; type more to narrow them down.</source>
        <translation>Ditampilkan %1 pertama; ketik lebih banyak untuk mempersempit.</translation>
    </message>
    <message>
        <source>A cash sale of %1 without a member · Enter saves it</source>
        <translation>Penjualan tunai %1 tanpa kartu anggota · Enter menyimpannya</translation>
    </message>
    <message>
        <source>A cash sale without a member: it earns no points.</source>
        <translation>Penjualan tunai tanpa kartu anggota: tidak mendapat poin.</translation>
    </message>
    <message>
        <source>Saved %1: %2, walk-in customer</source>
        <translation>Tersimpan %1: %2, pembeli umum</translation>
    </message>
    <message>
        <source>Contact… (Ctrl+L, Alt+W)</source>
        <translation>Kontak… (Ctrl+L, Alt+W)</translation>
    </message>
    <message>
        <source>Sur&amp;vey (F12)</source>
        <translation>Su&amp;rvei (F12)</translation>
    </message>
    <message>
        <source>Ask the last customer how likely they are to recommend the shop</source>
        <translation>Tanyakan kepada pelanggan terakhir seberapa besar kemungkinan mereka merekomendasikan toko</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <source>Ask right after a sale: the answer is about that visit.</source>
        <translation>Tanyakan tepat setelah penjualan: jawabannya tentang kunjungan itu.</translation>
    </message>
    <message>
        <source>Thank you: their answer (%1) is saved.</source>
        <translation>Terima kasih: jawabannya (%1) sudah disimpan.</translation>
    </message>
    <message>
        <source>Write down a complaint of the member shown, about the sale just made</source>
        <translation>Catat keluhan anggota yang tampil, tentang penjualan barusan</translation>
    </message>
    <message>
        <source>Complaint %1 is written down: it is in Complaints, with its deadlines.</source>
        <translation>Keluhan %1 sudah dicatat: ada di Keluhan, lengkap dengan tenggatnya.</translation>
    </message>
    <message>
        <source>Compla&amp;int (F10)</source>
        <translation>&amp;Keluhan (F10)</translation>
    </message>
</context>
<context>
    <name>setia::CustomerCardDialog</name>
    <message>
        <source>Print pre&amp;view</source>
        <translation>Pratin&amp;jau cetak</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>credit limit %1, %2 days</source>
        <translation>batas kredit %1, termin %2 hari</translation>
    </message>
    <message>
        <source>%1 purchases · total %2 · average %3 · first %4 · last %5 · owed %6</source>
        <translation>%1 pembelian · total %2 · rata-rata %3 · pertama %4 · terakhir %5 · piutang %6</translation>
    </message>
    <message>
        <source>Favourite items: %1</source>
        <translation>Barang favorit: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Owed by days past due — not yet due %1 · 1–30: %2 · 31–60: %3 · 61–90: %4 · over 90: %5</source>
        <translation>Umur piutang — belum jatuh tempo %1 · 1–30: %2 · 31–60: %3 · 61–90: %4 · lebih dari 90: %5</translation>
    </message>
    <message>
        <source>Record card %1.pdf</source>
        <translation>Kartu pelanggan %1.pdf</translation>
    </message>
    <message>
        <source>Save record card as PDF</source>
        <translation>Simpan kartu pelanggan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaksi</translation>
    </message>
    <message>
        <source>Credit sales still &amp;open</source>
        <translation>Penjualan kredit belum &amp;lunas</translation>
    </message>
    <message>
        <source>Record p&amp;ayment…</source>
        <translation>Catat pem&amp;bayaran…</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Ubah data…</translation>
    </message>
    <message>
        <source>Change name, phone, address, credit limit… (Ctrl+E)</source>
        <translation>Ubah nama, telepon, alamat, batas kredit… (Ctrl+E)</translation>
    </message>
    <message>
        <source>New &amp;sale…</source>
        <translation>&amp;Penjualan baru…</translation>
    </message>
    <message>
        <source>Enter a sale for this customer (Ctrl+N)</source>
        <translation>Catat penjualan untuk pelanggan ini (Ctrl+N)</translation>
    </message>
    <message>
        <source>Enter or double-click: a sale shows its items and can be voided; a payment can be voided</source>
        <translation>Enter atau klik dua kali: penjualan menampilkan barangnya dan bisa dibatalkan; pembayaran bisa dibatalkan</translation>
    </message>
    <message>
        <source>This sale no longer exists.</source>
        <translation>Penjualan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This payment was voided: %1</source>
        <translation>Pembayaran ini sudah dibatalkan: %1</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Batalkan pembayaran</translation>
    </message>
    <message>
        <source>Void the payment of %1 on %2? It stays on the card, marked, and no longer counts. Why is it voided?</source>
        <translation>Batalkan pembayaran %1 tanggal %2? Pembayaran tetap tercatat di kartu, ditandai, dan tidak dihitung lagi. Mengapa dibatalkan?</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <source>C&amp;hange points…</source>
        <translation>Ubah p&amp;oin…</translation>
    </message>
    <message>
        <source>Poi&amp;nts</source>
        <translation>Po&amp;in</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmen</translation>
    </message>
    <message>
        <source>Kwitansi %1</source>
        <translation>Kwitansi %1</translation>
    </message>
    <message>
        <source>Print kwitansi</source>
        <translation>Cetak kwitansi</translation>
    </message>
    <message>
        <source>The payment is saved; its kwitansi was not printed: %1</source>
        <translation>Pembayaran tersimpan; kwitansinya tidak tercetak: %1</translation>
    </message>
    <message>
        <source>Print the &amp;card</source>
        <translation>&amp;Cetak kartu</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>&amp;Keluhan…</translation>
    </message>
    <message>
        <source>Write down a complaint of this customer&apos;s (Ctrl+K)</source>
        <translation>Catat keluhan pelanggan ini (Ctrl+K)</translation>
    </message>
    <message>
        <source>S&amp;urvey…</source>
        <translation>S&amp;urvei…</translation>
    </message>
    <message>
        <source>Record this customer&apos;s answer to the survey: would they recommend us, how satisfied they were (Ctrl+U)</source>
        <translation>Catat jawaban survei pelanggan ini: apakah mereka akan merekomendasikan kita, seberapa puas mereka (Ctrl+U)</translation>
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
    <message>
        <source>as their tier (big 14, regular 30, micro 60 days)</source>
        <translation>ikut tingkatnya (besar 14, reguler 30, mikro 60 hari)</translation>
    </message>
    <message>
        <source>How long the customer may go without a sale or a touch before the day&apos;s list says to get in touch</source>
        <translation>Berapa lama pelanggan boleh tanpa pembelian atau kontak sebelum daftar hari ini mengingatkan untuk menghubunginya</translation>
    </message>
    <message>
        <source>Stay in tou&amp;ch every</source>
        <translation>Jarak &amp;kontak</translation>
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
    <name>setia::CustomerSegmentPanel</name>
    <message>
        <source>Archived customers are not in the segments.</source>
        <translation>Pelanggan yang diarsipkan tidak masuk segmen.</translation>
    </message>
    <message>
        <source>As of %1, over the sales up to that day:</source>
        <translation>Per %1, dari penjualan sampai hari itu:</translation>
    </message>
    <message>
        <source>Margin to date %1 · projected next month %2 · lifetime value %3 (over %4 months)</source>
        <translation>Margin sampai kini %1 · perkiraan bulan depan %2 · nilai seumur hidup %3 (untuk %4 bulan)</translation>
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
    <message>
        <source>A tag has at most %1 characters.</source>
        <translation>Satu tag paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>A tag has 1 to %1 characters and no comma.</source>
        <translation>Tag terdiri dari 1 sampai %1 karakter, tanpa koma.</translation>
    </message>
    <message>
        <source>The credit limit is at most %1.</source>
        <translation>Batas kredit paling banyak %1.</translation>
    </message>
    <message>
        <source>This customer was merged into another: their records are with the kept customer. Undo the merge (Customers → Duplicates) to change them.</source>
        <translation>Pelanggan ini sudah digabungkan ke pelanggan lain: catatannya ada pada pelanggan yang dipertahankan. Batalkan penggabungan (Pelanggan → Duplikat) untuk mengubahnya.</translation>
    </message>
    <message>
        <source>The contact interval is 1 to %1 days, or empty for the default of the customer&apos;s tier.</source>
        <translation>Jarak kontak 1 sampai %1 hari, atau kosong untuk bawaan tingkat pelanggan.</translation>
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
    <message>
        <source>The selected customer&apos;s record card: every purchase and payment, and what they owe (Enter)</source>
        <translation>Kartu pelanggan yang dipilih: setiap pembelian dan pembayaran, serta utangnya (Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s details (Ctrl+E)</source>
        <translation>Ubah data pelanggan yang dipilih (Ctrl+E)</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Ubah pelanggan</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Kartu anggota</translation>
    </message>
    <message>
        <source>The list shows %1 customers. Search for the ones whose cards to print: up to %2 at a time.</source>
        <translation>Daftar menampilkan %1 pelanggan. Cari pelanggan yang kartunya akan dicetak: paling banyak %2 sekaligus.</translation>
    </message>
    <message>
        <source>Save member cards</source>
        <translation>Simpan kartu anggota</translation>
    </message>
    <message>
        <source>Member cards.pdf</source>
        <translation>Kartu anggota.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Only the customers of a saved segment (made in Segments)</source>
        <translation>Hanya pelanggan dari segmen tersimpan (dibuat di Segmen)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Semua pelanggan</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmen: %1</translation>
    </message>
    <message>
        <source>Print member cards</source>
        <translation>Cetak kartu anggota</translation>
    </message>
    <message>
        <source>Saving the member cards…</source>
        <translation>Menyimpan kartu anggota…</translation>
    </message>
    <message>
        <source>Printing the member cards…</source>
        <translation>Mencetak kartu anggota…</translation>
    </message>
    <message>
        <source>No archived customers.</source>
        <translation>Tidak ada pelanggan yang diarsipkan.</translation>
    </message>
    <message>
        <source>Nobody in this segment today.</source>
        <translation>Hari ini tidak ada yang masuk segmen ini.</translation>
    </message>
    <message>
        <source>No customers yet. Ctrl+N adds the first one; Import &amp; export brings in a list from a spreadsheet (CSV).</source>
        <translation>Belum ada pelanggan. Ctrl+N menambah yang pertama; Impor &amp; ekspor memasukkan daftar dari spreadsheet (CSV).</translation>
    </message>
    <message>
        <source>%1 member cards</source>
        <translation>%1 kartu anggota</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplikat…</translation>
    </message>
    <message>
        <source>Customers who may be one person (same phone, names alike): merge them, or undo a merge</source>
        <translation>Pelanggan yang mungkin orang yang sama (telepon sama, nama mirip): gabungkan, atau batalkan penggabungan</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Kartu</translation>
    </message>
    <message>
        <source>For the customers the list shows: member cards, ten to an A4 page, or survey cards, four to a page — printed or as a PDF</source>
        <translation>Untuk pelanggan yang tampil di daftar: kartu member, sepuluh per halaman A4, atau kartu survei, empat per halaman — dicetak atau sebagai PDF</translation>
    </message>
    <message>
        <source>&amp;Print member cards…</source>
        <translation>&amp;Cetak kartu member…</translation>
    </message>
    <message>
        <source>Save member cards as P&amp;DF…</source>
        <translation>Simpan kartu member sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Print &amp;survey cards…</source>
        <translation>Cetak kartu &amp;survei…</translation>
    </message>
    <message>
        <source>Print survey cards</source>
        <translation>Cetak kartu survei</translation>
    </message>
    <message>
        <source>Save survey cards as PD&amp;F…</source>
        <translation>Simpan kartu survei sebagai PD&amp;F…</translation>
    </message>
    <message>
        <source>Survey cards</source>
        <translation>Kartu survei</translation>
    </message>
    <message>
        <source>Save survey cards</source>
        <translation>Simpan kartu survei</translation>
    </message>
    <message>
        <source>Survey cards.pdf</source>
        <translation>Kartu survei.pdf</translation>
    </message>
    <message>
        <source>Saving the survey cards…</source>
        <translation>Menyimpan kartu survei…</translation>
    </message>
    <message>
        <source>%1 survey cards</source>
        <translation>%1 kartu survei</translation>
    </message>
    <message>
        <source>Printing the survey cards…</source>
        <translation>Mencetak kartu survei…</translation>
    </message>
</context>
<context>
    <name>setia::DataExchangeView</name>
    <message>
        <source>Import &amp; export</source>
        <translation>Impor &amp; ekspor</translation>
    </message>
    <message>
        <source>Bring in lists from a spreadsheet or another program, or take them out as CSV files that Excel and LibreOffice open.</source>
        <translation>Masukkan daftar dari spreadsheet atau program lain, atau keluarkan sebagai file CSV yang bisa dibuka Excel dan LibreOffice.</translation>
    </message>
    <message>
        <source>Files are read as UTF-8 or as Excel saves them, with commas or semicolons. Setia writes UTF-8 with commas.</source>
        <translation>File dibaca sebagai UTF-8 atau seperti yang disimpan Excel, dengan koma atau titik koma. Setia menulis UTF-8 dengan koma.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Semua file (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written.</source>
        <translation>%1 baris ditulis.</translation>
    </message>
</context>
<context>
    <name>setia::DataSafetyBox</name>
    <message>
        <source>first start of the day</source>
        <translation>pembukaan pertama hari itu</translation>
    </message>
    <message>
        <source>before the upgrade from data version %1</source>
        <translation>sebelum pembaruan dari versi data %1</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation>Keamanan data</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>Periksa &amp;database</translation>
    </message>
    <message>
        <source>Automatic backups (each day&apos;s first start, before an upgrade, before a restore; 7 daily, 4 weekly and 12 monthly are kept):</source>
        <translation>Cadangan otomatis (saat Setia pertama dibuka tiap hari, sebelum pembaruan, sebelum pemulihan; disimpan 7 harian, 4 mingguan, dan 12 bulanan):</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Pulihkan cadangan yang dipilih…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Pulihkan dari &amp;file…</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Tampilkan f&amp;older</translation>
    </message>
    <message>
        <source>None yet: the first is taken the next time Setia starts.</source>
        <translation>Belum ada: yang pertama dibuat saat Setia dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>setia-backup-%1.db</source>
        <translation>setia-cadangan-%1.db</translation>
    </message>
    <message>
        <source>Setia databases (*.db)</source>
        <translation>Database Setia (*.db)</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Mencadangkan dan memeriksa salinannya…</translation>
    </message>
    <message>
        <source>The backup was checked: intact, with every row (%1 customers, %2 sales). Keep a copy away from this computer too, on a USB drive or in the cloud.</source>
        <translation>Cadangan sudah diperiksa: utuh, dengan semua barisnya (%1 pelanggan, %2 penjualan). Simpan juga salinannya di luar komputer ini, di flashdisk atau di cloud.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Setia databases (*.db);;All files (*)</source>
        <translation>Database Setia (*.db);;Semua file (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>This file cannot be restored: %1</source>
        <translation>File ini tidak bisa dipulihkan: %1</translation>
    </message>
    <message>
        <source>%1

Last changed: %2
Customers: %3
Sales: %4
Data version: %5

The file is intact. Restoring it replaces everything in Setia now with what it holds; what is in Setia now is backed up first, so you can go back to it. Restore it?</source>
        <translation>%1

Terakhir diubah: %2
Pelanggan: %3
Penjualan: %4
Versi data: %5

File ini utuh. Memulihkannya mengganti seluruh isi Setia saat ini dengan isi file tersebut; isi Setia saat ini dicadangkan lebih dulu, jadi Anda bisa kembali kepadanya. Pulihkan?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Backing up the current data, then restoring the backup…</source>
        <translation>Mencadangkan data saat ini, lalu memulihkan cadangan…</translation>
    </message>
    <message>
        <source>The backup is restored. What was in Setia before is kept in %1.</source>
        <translation>Cadangan sudah dipulihkan. Isi Setia sebelumnya disimpan di %1.</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Periksa database</translation>
    </message>
    <message>
        <source>Checking every page and Setia&apos;s own rules…</source>
        <translation>Memeriksa setiap halaman dan aturan Setia sendiri…</translation>
    </message>
    <message>
        <source>No problems found: the file is intact and its sales, points and stamps add up.</source>
        <translation>Tidak ada masalah: file utuh dan penjualan, poin, serta capnya cocok.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… dan %1 lagi.</translation>
    </message>
    <message>
        <source>%1 problems found:

%2

Restore your latest good backup (the list above), or keep this file aside and ask for help before more is entered.</source>
        <translation>Ditemukan %1 masalah:

%2

Pulihkan cadangan terakhir yang baik (daftar di atas), atau simpan file ini terpisah dan minta bantuan sebelum data lain dimasukkan.</translation>
    </message>
</context>
<context>
    <name>setia::DuplicatePairModel</name>
    <message>
        <source>Same phone</source>
        <translation>Telepon sama</translation>
    </message>
    <message>
        <source>Names alike</source>
        <translation>Nama mirip</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
</context>
<context>
    <name>setia::DuplicatesDialog</name>
    <message>
        <source>Duplicate customers</source>
        <translation>Pelanggan ganda</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Gabungkan…</translation>
    </message>
    <message>
        <source>Compare the two side by side and merge them (Enter)</source>
        <translation>Bandingkan keduanya berdampingan lalu gabungkan (Enter)</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Cari lagi</translation>
    </message>
    <message>
        <source>Each merge can be undone: the records it moved go back, the merged customer shows again, and the kept one gets back the details the merge changed (what was changed on them since stays).</source>
        <translation>Setiap penggabungan bisa dibatalkan: catatan yang dipindahkan kembali, pelanggan yang digabungkan muncul lagi, dan pelanggan yang dipertahankan mendapat kembali data yang diubah penggabungan (perubahan sesudahnya tetap).</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Batalkan penggabungan…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Penggabungan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Looking for customers who may be one person…</source>
        <translation>Mencari pelanggan yang mungkin orang yang sama…</translation>
    </message>
    <message>
        <source>No two active customers share a phone number or a name alike.</source>
        <translation>Tidak ada dua pelanggan aktif dengan nomor telepon sama atau nama mirip.</translation>
    </message>
    <message>
        <source>Pairs of customers who may be one person: %1. The same phone number first, then names alike once titles (Bapak, Ibu, H.) and old spellings (oe, dj, tj) are set aside. Merge the ones that are.</source>
        <translation>Pasangan pelanggan yang mungkin orang yang sama: %1. Nomor telepon sama lebih dulu, lalu nama yang mirip setelah sapaan (Bapak, Ibu, H.) dan ejaan lama (oe, dj, tj) diabaikan. Gabungkan yang memang sama.</translation>
    </message>
    <message>
        <source>One of the two customers no longer exists. Look again.</source>
        <translation>Salah satu dari dua pelanggan itu sudah tidak ada. Cari lagi.</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>Pelanggan digabungkan</translation>
    </message>
    <message>
        <source>%1 now has the records of %2 (%3). The merge can be undone under &quot;Merges&quot;.</source>
        <translation>%1 sekarang memegang catatan %2 (%3). Penggabungan bisa dibatalkan di &quot;Penggabungan&quot;.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Batalkan penggabungan</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? %1 shows again with the records that were theirs (%3); sales and payments recorded on %2 since stay with %2.</source>
        <translation>Batalkan penggabungan %1 ke %2? %1 muncul lagi dengan catatan miliknya (%3); penjualan dan pembayaran yang dicatat pada %2 sesudahnya tetap pada %2.</translation>
    </message>
</context>
<context>
    <name>setia::FindCommand</name>
    <message>
        <source>find needs the text to look for: digits of a phone, a name or a member code.</source>
        <translation>find memerlukan teks yang dicari: angka nomor telepon, nama, atau kode anggota.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of matches, 1 or more.</source>
        <translation>--limit memerlukan bilangan bulat jumlah hasil, 1 atau lebih.</translation>
    </message>
</context>
<context>
    <name>setia::FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Tindak lanjut baru</translation>
    </message>
    <message>
        <source>— type it below —</source>
        <translation>— ketik sendiri di bawah —</translation>
    </message>
    <message>
        <source>e.g. offer the new stock of cooking oil</source>
        <translation>mis. tawarkan stok minyak goreng yang baru</translation>
    </message>
    <message>
        <source>&amp;Quick choice</source>
        <translation>Pilihan &amp;cepat</translation>
    </message>
    <message>
        <source>&amp;What to do *</source>
        <translation>&amp;Yang dikerjakan *</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Untuk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>setia::FollowUpService</name>
    <message>
        <source>Call tomorrow</source>
        <translation>Telepon besok</translation>
    </message>
    <message>
        <source>Call in 3 days</source>
        <translation>Telepon dalam 3 hari</translation>
    </message>
    <message>
        <source>Visit next week</source>
        <translation>Kunjungi minggu depan</translation>
    </message>
    <message>
        <source>Message on WhatsApp in 2 weeks</source>
        <translation>Kirim WhatsApp dalam 2 minggu</translation>
    </message>
    <message>
        <source>Call in a month</source>
        <translation>Telepon dalam sebulan</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Tulis apa yang harus dilakukan.</translation>
    </message>
    <message>
        <source>What is to be done is too long: at most %1 characters.</source>
        <translation>Yang harus dilakukan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>Teks berisi karakter kontrol tak terlihat. Ketik ulang.</translation>
    </message>
    <message>
        <source>Enter the date it is due.</source>
        <translation>Isi tanggal jatuh temponya.</translation>
    </message>
    <message>
        <source>The staff name is too long: at most %1 characters.</source>
        <translation>Nama staf terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Choose the customer it is about: this one no longer exists or was merged into another.</source>
        <translation>Pilih pelanggan yang dimaksud: pelanggan ini sudah tidak ada atau sudah digabungkan ke pelanggan lain.</translation>
    </message>
    <message>
        <source>This follow-up is not there any more.</source>
        <translation>Tindak lanjut ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This follow-up was done already, on %1.</source>
        <translation>Tindak lanjut ini sudah selesai, pada %1.</translation>
    </message>
</context>
<context>
    <name>setia::ImportDialog</name>
    <message>
        <source>semicolons (;)</source>
        <translation>titik koma (;)</translation>
    </message>
    <message>
        <source>commas (,)</source>
        <translation>koma (,)</translation>
    </message>
    <message>
        <source>Text encoding: %1 · Values separated by %2</source>
        <translation>Pengodean teks: %1 · Nilai dipisah dengan %2</translation>
    </message>
    <message>
        <source>This file is not UTF-8, so Setia read it as %1. If letters in the preview look wrong, save it from the spreadsheet as “CSV UTF-8” and choose it again.</source>
        <translation>File ini bukan UTF-8, jadi Setia membacanya sebagai %1. Jika huruf di pratinjau terlihat salah, simpan ulang dari spreadsheet sebagai “CSV UTF-8” lalu pilih lagi.</translation>
    </message>
    <message>
        <source>Pre&amp;view: the first rows of the file</source>
        <translation>Pra&amp;tinjau: baris-baris pertama file</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Baris %1 file</translation>
    </message>
    <message>
        <source>Col&amp;umns: where each field is in the file</source>
        <translation>&amp;Kolom: letak setiap data di file</translation>
    </message>
    <message>
        <source>Columns named as in Setia&apos;s own files are chosen already.</source>
        <translation>Kolom yang namanya sama dengan file Setia sendiri sudah dipilihkan.</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Periksa dan impor</translation>
    </message>
    <message>
        <source>Check the file first: it shows what would be imported and which rows cannot be. Nothing is written until you import.</source>
        <translation>Periksa file lebih dulu: terlihat apa yang akan diimpor dan baris mana yang tidak bisa. Tidak ada yang ditulis sebelum Anda mengimpor.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Simpan baris yang ditolak…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Read the whole file and show what would be imported, without changing anything</source>
        <translation>Baca seluruh file dan tunjukkan apa yang akan diimpor, tanpa mengubah apa pun</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop; nothing is changed (Esc)</source>
        <translation>Hentikan; tidak ada yang berubah (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The check was stopped before the end. Check again to see what would be imported.</source>
        <translation>Pemeriksaan dihentikan sebelum selesai. Periksa lagi untuk melihat apa yang akan diimpor.</translation>
    </message>
    <message>
        <source>%1 rows cannot be imported and will be skipped. Import the other %2 rows?</source>
        <translation>%1 baris tidak bisa diimpor dan akan dilewati. Impor %2 baris lainnya?</translation>
    </message>
    <message>
        <source>Import and skip</source>
        <translation>Impor dan lewati</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Dibatalkan: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Imported: %1 created.</source>
        <translation>Diimpor: %1 dibuat.</translation>
    </message>
    <message>
        <source>%1 rejected rows were skipped.</source>
        <translation>%1 baris yang ditolak dilewati.</translation>
    </message>
    <message>
        <source>The columns changed: check the file again before importing.</source>
        <translation>Kolom berubah: periksa file lagi sebelum mengimpor.</translation>
    </message>
    <message>
        <source>The file has no data rows: there is nothing to import.</source>
        <translation>File tidak berisi baris data: tidak ada yang bisa diimpor.</translation>
    </message>
    <message>
        <source>%1 rows: %2 can be imported, %3 rejected.</source>
        <translation>%1 baris: %2 bisa diimpor, %3 ditolak.</translation>
    </message>
    <message>
        <source>They make %1 sales.</source>
        <translation>Semuanya menjadi %1 penjualan.</translation>
    </message>
    <message>
        <source>Correct the file, or choose the columns again, and check it again.</source>
        <translation>Perbaiki file, atau pilih kolom lagi, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Importing skips the rejected rows. The list below says what to correct in each.</source>
        <translation>Impor akan melewati baris yang ditolak. Daftar di bawah menyebutkan apa yang perlu diperbaiki di tiap baris.</translation>
    </message>
    <message>
        <source>&amp;Import %1 rows</source>
        <translation>&amp;Impor %1 baris</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rejected rows were written to %2, each with its line in the original file and the reason.</source>
        <translation>%1 baris yang ditolak ditulis ke %2, masing-masing dengan nomor barisnya di file asli dan alasannya.</translation>
    </message>
    <message>
        <source>Another program is writing to the database (another Setia, or setia-cli); the import waits for it to finish (%1 s). Cancel stops the import; nothing is changed.</source>
        <translation>Program lain sedang menulis ke database (Setia lain, atau setia-cli); impor menunggu sampai selesai (%1 detik). Batal menghentikan impor; tidak ada yang berubah.</translation>
    </message>
</context>
<context>
    <name>setia::ImportHistoryBox</name>
    <message>
        <source>Imports made</source>
        <translation>Impor yang sudah dilakukan</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Batalkan impor…</translation>
    </message>
    <message>
        <source>Removes everything the chosen import brought in, in one step</source>
        <translation>Menghapus semua yang dibawa impor terpilih, sekaligus</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Remove the %1 records (%2) that %3 brought in on %4? Nothing else is touched; if something recorded since depends on them, nothing is removed.</source>
        <translation>Hapus %1 data (%2) yang dibawa %3 pada %4? Selain itu tidak ada yang disentuh; jika ada catatan sesudahnya yang bergantung padanya, tidak ada yang dihapus.</translation>
    </message>
</context>
<context>
    <name>setia::ImportHistoryModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Dibatalkan %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>setia::InteractionDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Catat kontak</translation>
    </message>
    <message>
        <source>Keys 1–7 choose the kind</source>
        <translation>Tombol 1–7 memilih jenisnya</translation>
    </message>
    <message>
        <source>e.g. asked about the price of rice</source>
        <translation>mis. tanya harga beras</translation>
    </message>
    <message>
        <source>e.g. will order 10 sacks next week</source>
        <translation>mis. pesan 10 karung minggu depan</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>What was &amp;said</source>
        <translation>&amp;Isi pembicaraan</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>Sal&amp;e</source>
        <translation>Penj&amp;ualan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>setia::InteractionService</name>
    <message>
        <source>Choose the customer this was with: this one no longer exists or was merged into another.</source>
        <translation>Pilih pelanggan yang terlibat: pelanggan ini sudah tidak ada atau sudah digabungkan ke pelanggan lain.</translation>
    </message>
    <message>
        <source>This time is still to come. Log what happened; for what is to be done, add a follow-up.</source>
        <translation>Waktu ini belum tiba. Catat yang sudah terjadi; untuk yang akan dilakukan, tambahkan tindak lanjut.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>Teks berisi karakter kontrol tak terlihat. Ketik ulang.</translation>
    </message>
    <message>
        <source>What was said is too long: at most %1 characters.</source>
        <translation>Isi pembicaraan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The outcome is too long: at most %1 characters.</source>
        <translation>Hasilnya terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The staff name is too long: at most %1 characters.</source>
        <translation>Nama staf terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>That sale is not this customer&apos;s. Choose one of their sales.</source>
        <translation>Penjualan itu bukan milik pelanggan ini. Pilih salah satu penjualannya.</translation>
    </message>
</context>
<context>
    <name>setia::ListPage</name>
    <message>
        <source>Nothing matches “%1”. Esc clears the search.</source>
        <translation>Tidak ada yang cocok dengan “%1”. Esc menghapus pencarian.</translation>
    </message>
</context>
<context>
    <name>setia::LoyaltySettingsBox</name>
    <message>
        <source>Loyalty points</source>
        <translation>Poin loyalitas</translation>
    </message>
    <message>
        <source>e.g. a free drink</source>
        <translation>mis. gratis 1 minuman</translation>
    </message>
    <message>
        <source>One point for every (Rp)</source>
        <translation>1 poin setiap belanja (Rp)</translation>
    </message>
    <message>
        <source>One point is worth (Rp)</source>
        <translation>Nilai 1 poin (Rp)</translation>
    </message>
    <message>
        <source>Silver from a year&apos;s spending of (Rp)</source>
        <translation>Silver: belanja/tahun (Rp)</translation>
    </message>
    <message>
        <source>Silver earns</source>
        <translation>Poin Silver</translation>
    </message>
    <message>
        <source>Gold from a year&apos;s spending of (Rp)</source>
        <translation>Gold: belanja/tahun (Rp)</translation>
    </message>
    <message>
        <source>Gold earns</source>
        <translation>Poin Gold</translation>
    </message>
    <message>
        <source>Birthday reward</source>
        <translation>Hadiah ulang tahun</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Poin hangus setelah</translation>
    </message>
    <message>
        <source>Points are rounded down. A purchase that uses points earns none. The oldest points are used first. Changes apply to sales from now on.</source>
        <translation>Poin dibulatkan ke bawah. Pembelian yang memakai poin tidak mendapat poin. Poin terlama dipakai lebih dulu. Perubahan berlaku untuk penjualan mulai sekarang.</translation>
    </message>
</context>
<context>
    <name>setia::MainWindow</name>
    <message>
        <source>Customers &amp; loyalty</source>
        <translation>Pelanggan &amp; loyalitas</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Bantuan: %1</translation>
    </message>
</context>
<context>
    <name>setia::MemberPanel</name>
    <message>
        <source>Birthday this week</source>
        <translation>Ulang tahun minggu ini</translation>
    </message>
    <message>
        <source>Record card (F5)</source>
        <translation>Kartu pelanggan (F5)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Terakhir datang</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>Rata-rata belanja</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Utang</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 hari lalu)</translation>
    </message>
    <message>
        <source>nothing; %1 paid ahead</source>
        <translation>tidak ada; titipan %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Amount paid, then Enter</source>
        <translation>Jumlah bayar, lalu Enter</translation>
    </message>
    <message>
        <source>Purchase with items… (F4)</source>
        <translation>Pembelian dengan barang… (F4)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Pur&amp;chase (Rp)</source>
        <translation>&amp;Belanja (Rp)</translation>
    </message>
    <message>
        <source>Points the member uses on this purchase; it then earns none</source>
        <translation>Poin yang dipakai anggota untuk belanja ini; belanja ini tidak mendapat poin</translation>
    </message>
    <message>
        <source>&amp;Use points</source>
        <translation>&amp;Tukar poin</translation>
    </message>
    <message>
        <source>Member card PDF… (F6)</source>
        <translation>Kartu anggota PDF… (F6)</translation>
    </message>
    <message>
        <source>Birthday this week: %1</source>
        <translation>Ulang tahun minggu ini: %1</translation>
    </message>
    <message>
        <source>Points slip PDF… (F7)</source>
        <translation>Slip poin PDF… (F7)</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>Gulungan 58 mm</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Gulungan 80 mm</translation>
    </message>
    <message>
        <source>Take reward (F8)</source>
        <translation>Ambil hadiah (F8)</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (card %2)</source>
        <translation>%1 (kartu %2)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hari ini)</translation>
    </message>
    <message>
        <source>Walk-in customer (no member card)</source>
        <translation>Pembeli umum (tanpa kartu anggota)</translation>
    </message>
    <message>
        <source>A cash sale without a member: it earns no points.</source>
        <translation>Penjualan tunai tanpa kartu anggota: tidak mendapat poin.</translation>
    </message>
    <message>
        <source>Usually buys: %1</source>
        <translation>Biasa membeli: %1</translation>
    </message>
    <message>
        <source>Type the last digits of a phone number, a name or a member code, or scan a member card; Enter opens the member. F3: a purchase without a member.</source>
        <translation>Ketik angka terakhir nomor telepon, nama, atau kode anggota, atau pindai kartu anggota; Enter membuka anggota. F3: pembelian tanpa kartu anggota.</translation>
    </message>
    <message>
        <source>Print points slip (F9)</source>
        <translation>Cetak slip poin (F9)</translation>
    </message>
</context>
<context>
    <name>setia::MergeDialog</name>
    <message>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source> (no WhatsApp)</source>
        <translation> (tanpa WhatsApp)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ya: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Gabungkan dua pelanggan</translation>
    </message>
    <message>
        <source>Choose the customer to keep — their member code stays — and, where the two differ, whose details the kept customer takes. Every sale, payment, point and stamp of the other moves to the kept customer; the other is hidden, not deleted, and the merge can be undone in Customers → Duplicates → Merges.</source>
        <translation>Pilih pelanggan yang dipertahankan — kode anggotanya tetap — dan, di mana keduanya berbeda, data siapa yang dipakai. Semua penjualan, pembayaran, poin, dan stempel pelanggan lainnya pindah ke pelanggan yang dipertahankan; pelanggan lainnya disembunyikan, tidak dihapus, dan penggabungan bisa dibatalkan di Pelanggan → Duplikat → Penggabungan.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Pertahankan:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Dipertahankan</translation>
    </message>
    <message>
        <source>(empty in both)</source>
        <translation>(kosong di keduanya)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Keduanya</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Pindah ke %1: %2.</translation>
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
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
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
        <source>Customer type</source>
        <translation>Tipe pelanggan</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Visit days</source>
        <translation>Hari kunjungan</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Ulang tahun</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Anggota sejak</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Batas kredit</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Jangka bayar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Bad customer</source>
        <translation>Pelanggan bermasalah</translation>
    </message>
    <message>
        <source>Merged customer</source>
        <translation>Pelanggan yang digabungkan</translation>
    </message>
</context>
<context>
    <name>setia::MergeJournalModel</name>
    <message>
        <source>sales: %1</source>
        <translation>penjualan: %1</translation>
    </message>
    <message>
        <source>payments: %1</source>
        <translation>pembayaran: %1</translation>
    </message>
    <message>
        <source>point entries: %1</source>
        <translation>catatan poin: %1</translation>
    </message>
    <message>
        <source>stamp entries: %1</source>
        <translation>catatan stempel: %1</translation>
    </message>
    <message>
        <source>the place on the route</source>
        <translation>urutan di rute</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>tidak ada catatan</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Dibatalkan %1</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabungkan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Dipertahankan</translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation>Catatan dipindahkan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merged customer</source>
        <translation>Pelanggan yang digabungkan</translation>
    </message>
    <message>
        <source>interactions: %1</source>
        <translation>interaksi: %1</translation>
    </message>
    <message>
        <source>follow-ups: %1</source>
        <translation>tindak lanjut: %1</translation>
    </message>
    <message>
        <source>complaints: %1</source>
        <translation>keluhan: %1</translation>
    </message>
    <message>
        <source>survey answers: %1</source>
        <translation>jawaban survei: %1</translation>
    </message>
</context>
<context>
    <name>setia::MessageTemplatesBox</name>
    <message>
        <source>WhatsApp messages</source>
        <translation>Pesan WhatsApp</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Bring back the four templates Setia starts with, in place of these</source>
        <translation>Kembalikan empat template bawaan Setia sebagai pengganti template ini</translation>
    </message>
    <message>
        <source>Transaction (a debt reminder, a thank-you): to anyone on WhatsApp</source>
        <translation>Transaksi (pengingat utang, terima kasih): ke siapa pun yang ada di WhatsApp</translation>
    </message>
    <message>
        <source>Marketing (greetings, offers): only with WhatsApp consent</source>
        <translation>Pemasaran (ucapan, penawaran): hanya dengan izin WhatsApp</translation>
    </message>
    <message>
        <source>Put %1 in the message: filled in for each customer</source>
        <translation>Sisipkan %1 ke pesan: diisi untuk setiap pelanggan</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Temp&amp;late</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Na&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>P&amp;esan</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Pesan baru</translation>
    </message>
    <message>
        <source>%1 of %2 characters, before the tokens are filled in</source>
        <translation>%1 dari %2 karakter, sebelum token diisi</translation>
    </message>
</context>
<context>
    <name>setia::NewMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nama *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>The member code is given when you save. Everything else can be added later in the customer&apos;s details.</source>
        <translation>Kode anggota diberikan saat disimpan. Data lainnya bisa dilengkapi nanti di data pelanggan.</translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation>&amp;Simpan anggota</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>setia::NewTicketDialog</name>
    <message>
        <source>New complaint</source>
        <translation>Keluhan baru</translation>
    </message>
    <message>
        <source>Name, phone digits or member code</source>
        <translation>Nama, angka telepon, atau kode member</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Barang</translation>
    </message>
    <message>
        <source>What the customer says, in their words</source>
        <translation>Apa kata pelanggan, dengan kata-katanya sendiri</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Peri&amp;hal</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;rioritas</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Staf</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Diterima</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;words</source>
        <translation>&amp;Kata-kata pelanggan</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>Si&amp;mpan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>About sale %1</source>
        <translation>Tentang penjualan %1</translation>
    </message>
    <message>
        <source>The whole sale</source>
        <translation>Seluruh penjualan</translation>
    </message>
    <message>
        <source>Choose the customer who complains: type their name, phone digits or member code and pick them.</source>
        <translation>Pilih pelanggan yang mengeluh: ketik nama, angka telepon, atau kode member, lalu pilih.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 tanggal %2 (%3)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Print the tanda &amp;terima on the receipt printer</source>
        <translation>Cetak tanda &amp;terima di printer struk</translation>
    </message>
</context>
<context>
    <name>setia::NpsCommand</name>
    <message>
        <source>nps needs --from and --to, each a date as YYYY-MM-DD.</source>
        <translation>nps perlu --from dan --to, masing-masing tanggal YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, such as 2026-08-17.</source>
        <translation>--%1 berisi tanggal YYYY-MM-DD, misalnya 2026-08-17.</translation>
    </message>
    <message>
        <source>--to is before --from: give the period&apos;s first day, then its last.</source>
        <translation>--to sebelum --from: beri hari pertama periode, lalu hari terakhirnya.</translation>
    </message>
    <message>
        <source>--by takes lifecycle, tier, rfm_segment, type or area.</source>
        <translation>--by berisi lifecycle, tier, rfm_segment, type, atau area.</translation>
    </message>
</context>
<context>
    <name>setia::NpsTallyModel</name>
    <message>
        <source>The margin is worked out from %1 answers: with fewer, the NPS can be far off.</source>
        <translation>Batas galat dihitung mulai %1 jawaban: bila kurang, NPS bisa jauh meleset.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters
(9–10)</source>
        <translation>Promotor
(9–10)</translation>
    </message>
    <message>
        <source>Passives
(7–8)</source>
        <translation>Pasif
(7–8)</translation>
    </message>
    <message>
        <source>Detractors
(0–6)</source>
        <translation>Detraktor
(0–6)</translation>
    </message>
    <message>
        <source>Margin
(95 %)</source>
        <translation>Batas galat
(95%)</translation>
    </message>
    <message>
        <source>CSAT
answers</source>
        <translation>Jawaban
CSAT</translation>
    </message>
    <message>
        <source>CSAT
4–5</source>
        <translation>CSAT
4–5</translation>
    </message>
</context>
<context>
    <name>setia::OpenSalesModel</name>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>belum jatuh tempo</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Sisa piutang</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>setia::PaymentDialog</name>
    <message>
        <source>Payment from %1</source>
        <translation>Pembayaran dari %1</translation>
    </message>
    <message>
        <source>Owed now: %1</source>
        <translation>Piutang saat ini: %1</translation>
    </message>
    <message>
        <source>Nothing is owed now; a payment is kept as credit for later credit sales.</source>
        <translation>Saat ini tidak ada piutang; pembayaran disimpan sebagai saldo untuk penjualan kredit berikutnya.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>giro/cheque</source>
        <translation>giro/cek</translation>
    </message>
    <message>
        <source>&amp;Amount (Rp)</source>
        <translation>&amp;Jumlah (Rp)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Cara bayar</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Catat&amp;an</translation>
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
        <source>The amount is not whole Rupiah. Type it like 250.000.</source>
        <translation>Jumlahnya bukan Rupiah bulat. Ketik seperti 250.000.</translation>
    </message>
    <message>
        <source>Print the &amp;kwitansi on the receipt printer</source>
        <translation>Cetak &amp;kwitansi di printer struk</translation>
    </message>
    <message>
        <source>Print the kwitansi on A&amp;5 paper…</source>
        <translation>Cetak kwitansi di kertas A&amp;5…</translation>
    </message>
</context>
<context>
    <name>setia::PaymentService</name>
    <message>
        <source>A payment cannot be dated in the future. Use today&apos;s date or an earlier one.</source>
        <translation>Tanggal pembayaran tidak boleh di masa depan. Gunakan tanggal hari ini atau sebelumnya.</translation>
    </message>
    <message>
        <source>The amount paid must be more than Rp0, in whole Rupiah.</source>
        <translation>Nominal yang dibayar harus lebih dari Rp0, dalam Rupiah tanpa desimal.</translation>
    </message>
    <message>
        <source>The payment method has at most %1 characters.</source>
        <translation>Metode pembayaran maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>The note is too long: at most 1000 characters.</source>
        <translation>Catatan terlalu panjang: maksimal 1000 karakter.</translation>
    </message>
    <message>
        <source>The customer does not exist. Choose the customer again.</source>
        <translation>Pelanggan ini tidak ada. Pilih kembali pelanggannya.</translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation>Tuliskan alasan pembayaran ini dibatalkan.</translation>
    </message>
    <message>
        <source>This payment does not exist.</source>
        <translation>Pembayaran ini tidak ada.</translation>
    </message>
    <message>
        <source>This payment was already voided.</source>
        <translation>Pembayaran ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>%1 is above %2, the most one payment may be. Check the amount.</source>
        <translation>%1 melebihi %2, batas satu pembayaran. Periksa jumlahnya.</translation>
    </message>
</context>
<context>
    <name>setia::PointsAdjustDialog</name>
    <message>
        <source>Change points</source>
        <translation>Ubah poin</translation>
    </message>
    <message>
        <source>A number to add, or below zero to take</source>
        <translation>Jumlah yang ditambah, atau di bawah nol untuk dikurangi</translation>
    </message>
    <message>
        <source>e.g. goods were late; a wrong entry</source>
        <translation>mis. pesanan terlambat; salah catat</translation>
    </message>
    <message>
        <source>The member has %1 points now.</source>
        <translation>Anggota sekarang punya %1 poin.</translation>
    </message>
    <message>
        <source>&amp;Points (+ or −)</source>
        <translation>&amp;Poin (+ atau −)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Alasan *</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>setia::PointsLedgerModel</name>
    <message>
        <source>earned</source>
        <translation>didapat</translation>
    </message>
    <message>
        <source>used</source>
        <translation>dipakai</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Receipt or reason</source>
        <translation>Nota atau alasan</translation>
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
    <message>
        <source>No products yet. Ctrl+N adds one; Import &amp; export brings in a catalogue from a spreadsheet (CSV). A purchase at the counter needs none.</source>
        <translation>Belum ada produk. Ctrl+N menambah produk; Impor &amp; ekspor memasukkan katalog dari spreadsheet (CSV). Pembelian di kasir tidak memerlukan produk.</translation>
    </message>
</context>
<context>
    <name>setia::ReceiptPrinterBox</name>
    <message>
        <source>Receipt printer</source>
        <translation>Printer struk</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>Printer bawaan komputer</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (tidak ditemukan)</translation>
    </message>
    <message>
        <source>58 mm roll (32 characters a line)</source>
        <translation>Gulungan 58 mm (32 karakter per baris)</translation>
    </message>
    <message>
        <source>80 mm roll (48 characters a line)</source>
        <translation>Gulungan 80 mm (48 karakter per baris)</translation>
    </message>
    <message>
        <source>Print the receipt of every &amp;counter sale</source>
        <translation>Cetak struk setiap penjualan di &amp;kasir</translation>
    </message>
    <message>
        <source>Print a &amp;test receipt</source>
        <translation>Cetak struk &amp;uji</translation>
    </message>
    <message>
        <source>Kept on this computer: each counter can have its own printer. Receipts print at once, without a dialog.</source>
        <translation>Disimpan di komputer ini: setiap kasir bisa punya printer sendiri. Struk langsung tercetak, tanpa dialog.</translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <source>R&amp;oll</source>
        <translation>&amp;Gulungan</translation>
    </message>
    <message>
        <source>Setia test receipt</source>
        <translation>Struk uji Setia</translation>
    </message>
    <message>
        <source>When this line fits from edge to edge, the roll is set right:</source>
        <translation>Bila garis ini pas dari tepi ke tepi, lebar gulungan sudah benar:</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
</context>
<context>
    <name>setia::ReceivableListModel</name>
    <message>
        <source>current</source>
        <translation>lancar</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>macet</source>
        <translation>macet</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (diarsipkan)</translation>
    </message>
    <message>
        <source>cash only</source>
        <translation>tunai saja</translation>
    </message>
    <message>
        <source>current: nothing overdue · overdue: the oldest overdue sale is 1–90 days late · macet: more than 90 days</source>
        <translation>lancar: tidak ada yang lewat jatuh tempo · terlambat: penjualan terlama lewat 1–90 hari · macet: lebih dari 90 hari</translation>
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
        <source>Owes</source>
        <translation>Utang</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tempo</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Telat (hari)</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Tempo terlama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Batas kredit</translation>
    </message>
</context>
<context>
    <name>setia::ReceivablesView</name>
    <message>
        <source>Receivables</source>
        <translation>Piutang</translation>
    </message>
    <message>
        <source>Search name, member code or phone… (Ctrl+F)</source>
        <translation>Cari nama, kode anggota, atau telepon… (Ctrl+F)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Record &amp;card</source>
        <translation>&amp;Kartu pelanggan</translation>
    </message>
    <message>
        <source>The selected customer&apos;s purchases and payments; record a payment there (Enter)</source>
        <translation>Pembelian dan pembayaran pelanggan yang dipilih; catat pembayaran di sana (Enter)</translation>
    </message>
    <message>
        <source>Find debtor</source>
        <translation>Cari pelanggan berutang</translation>
    </message>
    <message>
        <source>%1 customers owe %2 · overdue %3</source>
        <translation>%1 pelanggan berutang %2 · lewat jatuh tempo %3</translation>
    </message>
    <message>
        <source>Nobody owes anything on this date. A sale on credit (in a sale, &quot;Credit&quot;) shows here until it is paid.</source>
        <translation>Pada tanggal ini tidak ada yang berutang. Penjualan kredit (di penjualan, &quot;Kredit&quot;) tampil di sini sampai lunas.</translation>
    </message>
</context>
<context>
    <name>setia::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Mengapa tidak bisa diimpor</translation>
    </message>
</context>
<context>
    <name>setia::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Daftar pelanggan</translation>
    </message>
    <message>
        <source>Record cards</source>
        <translation>Kartu pelanggan</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Umur piutang</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Profitabilitas pelanggan</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Penjualan per pelanggan</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Penjualan per produk</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Penjualan per hari</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Penjualan per bulan</translation>
    </message>
    <message>
        <source>Loyalty members and points</source>
        <translation>Anggota loyalitas dan poin</translation>
    </message>
    <message>
        <source>Name, phone, code or city; empty for everyone</source>
        <translation>Nama, telepon, kode, atau kota; kosong untuk semua</translation>
    </message>
    <message>
        <source>Add a customer: name, phone or code…</source>
        <translation>Tambah pelanggan: nama, telepon, atau kode…</translation>
    </message>
    <message>
        <source>Delete takes the selected customer off</source>
        <translation>Tombol Delete mengeluarkan pelanggan yang dipilih</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
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
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Segmen tersimpan</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <source>None: everyone</source>
        <translation>Tidak ada: semua</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a From date on or before the To date.</source>
        <translation>Periode dimulai setelah berakhir: pilih tanggal Dari yang sama atau sebelum tanggal Sampai.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Cari: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmen: %1</translation>
    </message>
    <message>
        <source>Every active customer</source>
        <translation>Semua pelanggan aktif</translation>
    </message>
    <message>
        <source>Add the customers whose cards to print, or choose a saved segment.</source>
        <translation>Tambahkan pelanggan yang kartunya akan dicetak, atau pilih segmen tersimpan.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Satisfaction (NPS and CSAT)</source>
        <translation>Kepuasan (NPS dan CSAT)</translation>
    </message>
    <message>
        <source>Working out every customer&apos;s segments…</source>
        <translation>Menghitung segmen setiap pelanggan…</translation>
    </message>
</context>
<context>
    <name>setia::ResolveTicketDialog</name>
    <message>
        <source>Resolve complaint %1</source>
        <translation>Selesaikan keluhan %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>e.g. the rice was exchanged for a new sack</source>
        <translation>mis. berasnya ditukar dengan karung baru</translation>
    </message>
    <message>
        <source>What the remedy cost the shop: a free item at its cost, the money given back, the points&apos; value. It counts as a reward in profitability.</source>
        <translation>Biaya ganti rugi bagi toko: barang gratis sebesar harga pokoknya, uang yang dikembalikan, nilai poinnya. Dihitung sebagai hadiah dalam profitabilitas.</translation>
    </message>
    <message>
        <source>How it was &amp;resolved</source>
        <translation>Cara &amp;penyelesaian</translation>
    </message>
    <message>
        <source>The customer was &amp;given</source>
        <translation>Pelanggan &amp;diberi</translation>
    </message>
    <message>
        <source>What it &amp;cost</source>
        <translation>&amp;Biayanya</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Selesaikan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter what the remedy cost in whole Rupiah, such as 25.000.</source>
        <translation>Isi biaya ganti rugi dalam Rupiah bulat, misalnya 25.000.</translation>
    </message>
</context>
<context>
    <name>setia::RestoreCommand</name>
    <message>
        <source>restore needs the backup file to put back.</source>
        <translation>restore memerlukan file cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>Restored %1 (data version %2, %3 customers, %4 sales). The data before it is in %5.</source>
        <translation>Dipulihkan dari %1 (versi data %2, %3 pelanggan, %4 penjualan). Data sebelumnya ada di %5.</translation>
    </message>
</context>
<context>
    <name>setia::RuleBuilder</name>
    <message>
        <source>all groups (AND)</source>
        <translation>semua grup (DAN)</translation>
    </message>
    <message>
        <source>any group (OR)</source>
        <translation>salah satu grup (ATAU)</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Grup</translation>
    </message>
</context>
<context>
    <name>setia::RuleConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Hapus syarat ini</translation>
    </message>
    <message>
        <source>Amount, e.g. 1.000.000</source>
        <translation>Jumlah, mis. 1.000.000</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Bilangan bulat</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
</context>
<context>
    <name>setia::RuleFiringsDialog</name>
    <message>
        <source>What the business rules did</source>
        <translation>Yang dilakukan aturan bisnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>What Setia did</source>
        <translation>Yang dilakukan Setia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>setia::RuleGroupBox</name>
    <message>
        <source>all of these conditions (AND)</source>
        <translation>semua syarat ini (DAN)</translation>
    </message>
    <message>
        <source>any of these conditions (OR)</source>
        <translation>salah satu syarat ini (ATAU)</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Syarat</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Hapus grup</translation>
    </message>
    <message>
        <source>Customers who match</source>
        <translation>Pelanggan yang cocok dengan</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grup %1</translation>
    </message>
</context>
<context>
    <name>setia::RuleRunner</name>
    <message>
        <source>Business rules</source>
        <translation>Aturan bisnis</translation>
    </message>
    <message>
        <source>Running the business rules on every customer…</source>
        <translation>Menjalankan aturan bisnis untuk semua pelanggan…</translation>
    </message>
    <message>
        <source>The business rules could not run: %1 They run again after the next change.</source>
        <translation>Aturan bisnis gagal dijalankan: %1 Aturan dicoba lagi setelah perubahan berikutnya.</translation>
    </message>
</context>
<context>
    <name>setia::RuleSegmentDialog</name>
    <message>
        <source>New segment</source>
        <translation>Segmen baru</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>Ubah segmen</translation>
    </message>
    <message>
        <source>e.g. Passive regulars in Utara</source>
        <translation>mis. Langganan pasif di Utara</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Customers who match:</source>
        <translation>Pelanggan yang cocok dengan:</translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation>&amp;Simpan segmen</translation>
    </message>
    <message>
        <source>%1 customers match.</source>
        <translation>%1 pelanggan cocok.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>setia::SaleDetailsDialog</name>
    <message>
        <source>Sale %1</source>
        <translation>Penjualan %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga jual</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>&amp;Void sale…</source>
        <translation>&amp;Batalkan penjualan…</translation>
    </message>
    <message>
        <source>Mark the sale as voided, with a reason; it stays on record</source>
        <translation>Tandai penjualan sebagai batal, dengan alasan; catatannya tetap tersimpan</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>Batalkan penjualan %1</translation>
    </message>
    <message>
        <source>Why is this sale voided? (for example: entered twice, goods returned)</source>
        <translation>Mengapa penjualan ini dibatalkan? (misalnya: tercatat dua kali, barang dikembalikan)</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Batalkan penjualan</translation>
    </message>
    <message>
        <source>Walk-in buyer</source>
        <translation>Pembeli umum</translation>
    </message>
    <message>
        <source>Credit, due %1</source>
        <translation>Kredit, jatuh tempo %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Voided on %1: %2</source>
        <translation>Dibatalkan %1: %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Items %1 − discount %2</source>
        <translation>Barang %1 − diskon %2</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Cetak struk</translation>
    </message>
    <message>
        <source>Print the receipt again on this computer&apos;s receipt printer, marked as a copy</source>
        <translation>Cetak ulang struk di printer struk komputer ini, ditandai sebagai salinan</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Struk %1</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Cetak struk</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>&amp;Keluhan…</translation>
    </message>
    <message>
        <source>A walk-in buyer&apos;s sale: add the buyer as a customer first, so the shop can answer them</source>
        <translation>Penjualan pembeli umum: tambahkan pembelinya sebagai pelanggan dulu, supaya toko bisa menanggapinya</translation>
    </message>
    <message>
        <source>Write down a complaint about this sale, or the item selected</source>
        <translation>Catat keluhan tentang penjualan ini, atau barang yang dipilih</translation>
    </message>
</context>
<context>
    <name>setia::SaleDialog</name>
    <message>
        <source>New sale</source>
        <translation>Penjualan baru</translation>
    </message>
    <message>
        <source>New sale %1</source>
        <translation>Penjualan baru %1</translation>
    </message>
    <message>
        <source>Walk-in buyer — or search name, phone, member code</source>
        <translation>Pembeli umum — atau cari nama, telepon, kode anggota</translation>
    </message>
    <message>
        <source>Add an item: type its name or SKU, or scan it</source>
        <translation>Tambah barang: ketik nama atau SKU, atau pindai</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Hapus baris</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Hapus baris yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Ca&amp;sh</source>
        <translation>&amp;Tunai</translation>
    </message>
    <message>
        <source>Cr&amp;edit</source>
        <translation>&amp;Kredit</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Sale &amp;discount (Rp)</source>
        <translation>&amp;Diskon nota (Rp)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Save sale</source>
        <translation>&amp;Simpan penjualan</translation>
    </message>
    <message>
        <source>Save the sale (Ctrl+Enter or Ctrl+S)</source>
        <translation>Simpan penjualan (Ctrl+Enter atau Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Batas kredit</translation>
    </message>
    <message>
        <source>

Save this credit sale anyway?</source>
        <translation>

Tetap simpan penjualan kredit ini?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
    <message>
        <source>Walk-in buyer: cash only.</source>
        <translation>Pembeli umum: hanya tunai.</translation>
    </message>
    <message>
        <source>credit limit %1, %2 days</source>
        <translation>batas kredit %1, termin %2 hari</translation>
    </message>
    <message>
        <source>cash only (no credit limit)</source>
        <translation>hanya tunai (tanpa batas kredit)</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>utang %1</translation>
    </message>
    <message>
        <source>has %1 paid ahead</source>
        <translation>punya titipan %1</translation>
    </message>
    <message>
        <source>marked as a bad payer</source>
        <translation>ditandai pembayar buruk</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Produk ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Items %1 − discount %2</source>
        <translation>Barang %1 − diskon %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <source>Discard this sale? The items entered are not saved.</source>
        <translation>Buang penjualan ini? Barang yang sudah dimasukkan tidak disimpan.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Earns %1 points</source>
        <translation>Dapat %1 poin</translation>
    </message>
    <message>
        <source>Stamps on %1: +%2</source>
        <translation>Cap %1: +%2</translation>
    </message>
    <message>
        <source>Overdue payments</source>
        <translation>Piutang lewat jatuh tempo</translation>
    </message>
    <message>
        <source>%1 already owes %2, overdue for %3 days. Give more credit anyway?</source>
        <translation>%1 masih berutang %2, sudah lewat jatuh tempo %3 hari. Tetap beri kredit lagi?</translation>
    </message>
    <message>
        <source>Give credit</source>
        <translation>Beri kredit</translation>
    </message>
    <message>
        <source>owes %1, overdue for %2 days</source>
        <translation>berutang %1, lewat jatuh tempo %2 hari</translation>
    </message>
</context>
<context>
    <name>setia::SaleLinesModel</name>
    <message>
        <source>Catalogue price: %1</source>
        <translation>Harga katalog: %1</translation>
    </message>
    <message>
        <source>Type the quantity as a number above 0 with up to three decimals, such as 2 or 1,5.</source>
        <translation>Ketik jumlah berupa angka di atas 0 dengan paling banyak tiga desimal, misalnya 2 atau 1,5.</translation>
    </message>
    <message>
        <source>Type an amount in whole Rupiah, such as 15000 or 15.000.</source>
        <translation>Ketik nominal dalam Rupiah utuh, misalnya 15000 atau 15.000.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
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
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>setia::SaleListModel</name>
    <message>
        <source>Walk-in buyer</source>
        <translation>Pembeli umum</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Batal: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>setia::SaleService</name>
    <message>
        <source>A receipt number has at most 40 characters.</source>
        <translation>Nomor nota maksimal 40 karakter.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Catatan terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>Add at least one item to the sale.</source>
        <translation>Tambahkan minimal satu barang ke penjualan ini.</translation>
    </message>
    <message>
        <source>A sale has at most %1 lines. Split it into two sales.</source>
        <translation>Satu penjualan maksimal berisi %1 baris. Pecah menjadi dua penjualan.</translation>
    </message>
    <message>
        <source>Line %1: the product does not exist. Choose it again.</source>
        <translation>Baris %1: produk tidak ada. Pilih kembali produknya.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the quantity must be more than 0 and at most 1.000.000, with up to 3 decimals.</source>
        <translation>Baris %1 (%2): kuantitas harus lebih dari 0 dan maksimal 1.000.000, dengan paling banyak 3 desimal.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the price must be zero or more.</source>
        <translation>Baris %1 (%2): harga satuan harus nol atau lebih.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the discount must be between 0 and the line&apos;s amount, %3.</source>
        <translation>Baris %1 (%2): diskon harus antara 0 dan subtotal baris, %3.</translation>
    </message>
    <message>
        <source>The sale discount must be between 0 and the total of the lines, %1.</source>
        <translation>Diskon penjualan harus antara 0 dan total semua baris, %1.</translation>
    </message>
    <message>
        <source>The customer does not exist. Choose the customer again.</source>
        <translation>Pelanggan ini tidak ada. Pilih kembali pelanggannya.</translation>
    </message>
    <message>
        <source>A credit sale needs a customer: choose who owes the amount.</source>
        <translation>Penjualan kredit memerlukan pelanggan: pilih siapa yang berutang.</translation>
    </message>
    <message>
        <source>%1 buys for cash only (no credit limit is set). Record the sale as cash, or give credit anyway with the owner&apos;s approval.</source>
        <translation>%1 hanya boleh membeli secara tunai (batas kredit belum diatur). Catat penjualan ini sebagai tunai, atau tetap berikan kredit dengan persetujuan pemilik.</translation>
    </message>
    <message>
        <source>This sale takes what %1 owes to %2, past the credit limit of %3 (owed now: %4). Ask for a payment first, or give credit anyway with the owner&apos;s approval.</source>
        <translation>Penjualan ini membuat piutang %1 menjadi %2, melebihi batas kredit %3 (piutang saat ini: %4). Minta pembayaran terlebih dahulu, atau tetap berikan kredit dengan persetujuan pemilik.</translation>
    </message>
    <message>
        <source>Receipt %1 already belongs to another sale. Use a new receipt number.</source>
        <translation>Nota %1 sudah dipakai untuk penjualan lain. Gunakan nomor nota baru.</translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation>Tuliskan alasan penjualan ini dibatalkan.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Alasan terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>Penjualan ini tidak ada.</translation>
    </message>
    <message>
        <source>Sale %1 was already voided.</source>
        <translation>Penjualan %1 sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Type the amount of the purchase in whole Rupiah, more than 0.</source>
        <translation>Ketik nominal pembelian dalam Rupiah utuh, lebih dari 0.</translation>
    </message>
    <message>
        <source>Purchase (amount)</source>
        <translation>Pembelian (nominal)</translation>
    </message>
    <message>
        <source>Points can be used only by a member, and only whole points.</source>
        <translation>Poin hanya bisa dipakai oleh anggota, dan hanya poin utuh.</translation>
    </message>
    <message>
        <source>%1 points are worth %2, more than this sale: use at most %3 points.</source>
        <translation>%1 poin bernilai %2, lebih dari penjualan ini: pakai paling banyak %3 poin.</translation>
    </message>
    <message>
        <source>Only a member can take a stamp reward.</source>
        <translation>Hanya anggota yang bisa mengambil hadiah cap.</translation>
    </message>
    <message>
        <source>This stamp card does not exist any more.</source>
        <translation>Kartu cap ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Use at most %1 points on this sale.</source>
        <translation>Pakai paling banyak %1 poin untuk penjualan ini.</translation>
    </message>
    <message>
        <source>%1 is above %2, the most one sale may be. Check the amount.</source>
        <translation>%1 melebihi %2, batas satu penjualan. Periksa jumlahnya.</translation>
    </message>
    <message>
        <source>Line %1 (%2): quantity × price is above %3, the most one line may be. Check the quantity and the price.</source>
        <translation>Baris %1 (%2): jumlah × harga melebihi %3, batas satu baris. Periksa jumlah dan harganya.</translation>
    </message>
    <message>
        <source>With line %1 the sale&apos;s lines add up to more than %2, the most one sale may be. Split it into two sales, or check the quantities and prices.</source>
        <translation>Dengan baris %1, total baris penjualan ini melebihi %2, batas satu penjualan. Pecah menjadi dua penjualan, atau periksa jumlah dan harganya.</translation>
    </message>
    <message>
        <source>With this sale %1 would owe %2, above %3, the most one customer may owe. Ask for a payment first.</source>
        <translation>Dengan penjualan ini utang %1 menjadi %2, melebihi %3, batas utang satu pelanggan. Minta pembayaran terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>setia::SalesView</name>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Search receipt number… (Ctrl+F)</source>
        <translation>Cari nomor nota… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Penjualan baru</translation>
    </message>
    <message>
        <source>Enter a sale (Ctrl+N)</source>
        <translation>Catat penjualan (Ctrl+N)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Semua pelanggan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Show the selected sale, to look at or void it (Enter)</source>
        <translation>Tampilkan penjualan yang dipilih, untuk dilihat atau dibatalkan (Enter)</translation>
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
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Semua waktu</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Pilih tanggal…</translation>
    </message>
    <message>
        <source>Cash and credit</source>
        <translation>Tunai dan kredit</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>Tidak batal</translation>
    </message>
    <message>
        <source>Voided only</source>
        <translation>Hanya yang batal</translation>
    </message>
    <message>
        <source>Voided too</source>
        <translation>Termasuk yang batal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Find sale</source>
        <translation>Cari penjualan</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Penjualan baru</translation>
    </message>
    <message>
        <source>This sale no longer exists.</source>
        <translation>Penjualan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 sales · %2</source>
        <translation>%1 penjualan · %2</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2: swap them to see the sales between.</source>
        <translation>Tanggal awal %1 sesudah tanggal akhir %2: tukar keduanya untuk melihat penjualan di antaranya.</translation>
    </message>
    <message>
        <source>No sales in this period. Ctrl+N enters a sale; at the Counter (F2) a purchase takes a few keys.</source>
        <translation>Tidak ada penjualan pada periode ini. Ctrl+N mencatat penjualan; di Kasir (F2) pembelian cukup beberapa tombol.</translation>
    </message>
</context>
<context>
    <name>setia::SatisfactionView</name>
    <message>
        <source>Customer satisfaction</source>
        <translation>Kepuasan pelanggan</translation>
    </message>
    <message>
        <source>Overall only</source>
        <translation>Keseluruhan saja</translation>
    </message>
    <message>
        <source>Each customer&apos;s latest score of the period counts once, every anonymous answer counts: 9–10 promote, 7–8 are passive, 0–6 detract; NPS is the share of promoters less that of detractors, from −100 to 100. Groups are the customers&apos; segments at the period&apos;s end. A detractor becomes a follow-up for the owner. To print it or save it as PDF or CSV: Reports → Satisfaction.</source>
        <translation>Nilai terakhir tiap pelanggan pada periode ini dihitung satu kali, setiap jawaban tanpa nama dihitung: 9–10 promotor, 7–8 pasif, 0–6 detraktor; NPS adalah persentase promotor dikurangi persentase detraktor, dari −100 sampai 100. Kelompok adalah segmen pelanggan pada akhir periode. Setiap detraktor menjadi tindak lanjut untuk pemilik. Untuk mencetak atau menyimpan sebagai PDF atau CSV: Laporan → Kepuasan.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Broken down</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a From date on or before the To date.</source>
        <translation>Periode dimulai setelah berakhir: pilih tanggal Dari yang sama dengan atau sebelum tanggal Sampai.</translation>
    </message>
    <message>
        <source>Working out every customer&apos;s segments…</source>
        <translation>Menghitung segmen setiap pelanggan…</translation>
    </message>
    <message>
        <source>No survey answer in this period. Answers come from the counter (F12 after a sale), the record card (Ctrl+U) and paper cards (Complaints → Enter survey cards).</source>
        <translation>Belum ada jawaban survei pada periode ini. Jawaban datang dari kasir (F12 setelah penjualan), kartu pelanggan (Ctrl+U) dan kartu kertas (Keluhan → Isi kartu survei).</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 (%2) from %n answer(s)</source>
        <translation>
            <numerusform>NPS %1 (%2) dari %n jawaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 % from %n answer(s)</source>
        <translation>
            <numerusform>CSAT %1% dari %n jawaban</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>setia::SegmentOverview</name>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>Customers by recency (R, 5 = bought most recently) and frequency (F, 5 = buys most often), with their share of revenue</source>
        <translation>Pelanggan menurut kebaruan (R, 5 = paling baru membeli) dan frekuensi (F, 5 = paling sering membeli), dengan bagian pendapatannya</translation>
    </message>
    <message>
        <source>RFM grid: recency by frequency</source>
        <translation>Kisi RFM: kebaruan menurut frekuensi</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Siklus hidup</translation>
    </message>
    <message>
        <source>Contribution tier</source>
        <translation>Tingkat kontribusi</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>Segmen RFM</translation>
    </message>
    <message>
        <source>Profit group</source>
        <translation>Kelompok laba</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segmen tersimpan</translation>
    </message>
    <message>
        <source>None yet: “New segment…” builds one</source>
        <translation>Belum ada: “Segmen baru…” membuatnya</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>R %1 · F %2 (%3)</source>
        <translation>R %1 · F %2 (%3)</translation>
    </message>
    <message>
        <source>Revenue %</source>
        <translation>% omzet</translation>
    </message>
</context>
<context>
    <name>setia::SegmentationSettingsBox</name>
    <message>
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Lifetime value looks ahead:</source>
        <translation>Nilai seumur hidup untuk:</translation>
    </message>
    <message>
        <source>Regular: up to</source>
        <translation>Reguler: sampai</translation>
    </message>
    <message>
        <source>Active: bought within</source>
        <translation>Aktif: beli dalam</translation>
    </message>
    <message>
        <source>Passive: bought within</source>
        <translation>Pasif: beli dalam</translation>
    </message>
    <message>
        <source>Big: top share of revenue</source>
        <translation>Besar: pendapatan teratas</translation>
    </message>
    <message>
        <source>Major profit: top share of margin</source>
        <translation>Laba utama: margin teratas</translation>
    </message>
    <message>
        <source>Potential: grew to</source>
        <translation>Potensial: tumbuh jadi</translation>
    </message>
    <message>
        <source>or new within</source>
        <translation>atau baru dalam</translation>
    </message>
    <message>
        <source>Changing these changes every customer&apos;s segment at once. Big: the customers ranked first who together make this share of revenue; regular: up to this share. Potential: revenue of the last 90 days at least this share of the 90 days before, or a first purchase this recent. The tier, RFM and margin always look at the last 365 days.</source>
        <translation>Mengubah ini langsung mengubah segmen setiap pelanggan. Besar: pelanggan peringkat teratas yang bersama-sama membawa bagian pendapatan ini; reguler: sampai bagian ini. Potensial: pendapatan 90 hari terakhir paling sedikit sebesar bagian ini dari 90 hari sebelumnya, atau pembelian pertama sebaru ini. Tingkat, RFM, dan margin selalu melihat 365 hari terakhir.</translation>
    </message>
</context>
<context>
    <name>setia::SegmentsView</name>
    <message>
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Every measure counts the sales up to this day</source>
        <translation>Semua ukuran menghitung penjualan sampai hari ini</translation>
    </message>
    <message>
        <source>Paper for printing and PDF</source>
        <translation>Kertas untuk cetak dan PDF</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>Segmen &amp;baru…</translation>
    </message>
    <message>
        <source>Build a segment from conditions on customer fields and measures</source>
        <translation>Buat segmen dari syarat pada data pelanggan dan ukurannya</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>The selected customer&apos;s record card</source>
        <translation>Kartu pelanggan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Daftar</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>&amp;Profitability</source>
        <translation>&amp;Profitabilitas</translation>
    </message>
    <message>
        <source>Revenue, cost of goods, rewards and margin per customer of this segment over 365 days</source>
        <translation>Pendapatan, HPP, hadiah, dan margin per pelanggan di segmen ini selama 365 hari</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Add or remove a tag on the selected customers, or on the whole segment when none is selected</source>
        <translation>Tambah atau hapus tag pada pelanggan yang dipilih, atau pada seluruh segmen bila tidak ada yang dipilih</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tambah tag…</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Hapus tag…</translation>
    </message>
    <message>
        <source>%1 customers · revenue %2 and margin %3 in the 365 days up to %4</source>
        <translation>%1 pelanggan · pendapatan %2 dan margin %3 dalam 365 hari sampai %4</translation>
    </message>
    <message>
        <source>Segment %1 %2</source>
        <translation>Segmen %1 %2</translation>
    </message>
    <message>
        <source>Export segment</source>
        <translation>Ekspor segmen</translation>
    </message>
    <message>
        <source>As of %1 · Segment: %2</source>
        <translation>Per %1 · Segmen: %2</translation>
    </message>
    <message>
        <source>Profitability %1.pdf</source>
        <translation>Profitabilitas %1.pdf</translation>
    </message>
    <message>
        <source>Export profitability</source>
        <translation>Ekspor profitabilitas</translation>
    </message>
    <message>
        <source>Profitability %1.csv</source>
        <translation>Profitabilitas %1.csv</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tambah tag</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Hapus tag</translation>
    </message>
    <message>
        <source>Tag to add to %1 customers:</source>
        <translation>Tag yang ditambahkan ke %1 pelanggan:</translation>
    </message>
    <message>
        <source>Tag to remove from %1 customers:</source>
        <translation>Tag yang dihapus dari %1 pelanggan:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tambah tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Hapus tag</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; added to %2 customers.</source>
        <translation>Tag &quot;%1&quot; ditambahkan ke %2 pelanggan.</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; removed from %2 customers.</source>
        <translation>Tag &quot;%1&quot; dihapus dari %2 pelanggan.</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Hapus segmen</translation>
    </message>
    <message>
        <source>Remove the segment &quot;%1&quot;? Its customers stay as they are: only the rule is removed.</source>
        <translation>Hapus segmen &quot;%1&quot;? Pelanggannya tetap seperti semula: hanya aturannya yang dihapus.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Working out every customer&apos;s segments…</source>
        <translation>Menghitung segmen setiap pelanggan…</translation>
    </message>
</context>
<context>
    <name>setia::SettingsService</name>
    <message>
        <source>Each business detail has at most %1 characters.</source>
        <translation>Setiap data usaha maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>Points per Rupiah: one point for between Rp1 and Rp100.000.000.</source>
        <translation>Poin per Rupiah: satu poin untuk belanja antara Rp1 dan Rp100.000.000.</translation>
    </message>
    <message>
        <source>A point is worth between Rp1 and Rp100.000.000.</source>
        <translation>Nilai satu poin antara Rp1 dan Rp100.000.000.</translation>
    </message>
    <message>
        <source>Gold needs at least as much spending as Silver.</source>
        <translation>Gold harus membutuhkan belanja paling sedikit sama dengan Silver.</translation>
    </message>
    <message>
        <source>A tier multiplies points by 100 % to 500 %.</source>
        <translation>Tingkat melipatgandakan poin 100 % sampai 500 %.</translation>
    </message>
    <message>
        <source>The birthday reward has at most %1 characters.</source>
        <translation>Hadiah ulang tahun paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Points expire after 1 to %1 months, or never (0).</source>
        <translation>Poin hangus setelah 1 sampai %1 bulan, atau tidak pernah (0).</translation>
    </message>
    <message>
        <source>Active means a purchase within 1 to 3650 days.</source>
        <translation>Aktif berarti ada pembelian dalam 1 sampai 3650 hari.</translation>
    </message>
    <message>
        <source>Passive must reach further back than active, at most 3650 days.</source>
        <translation>Pasif harus lebih lama dari aktif, paling lama 3650 hari.</translation>
    </message>
    <message>
        <source>The big tier&apos;s share must be below the regular tier&apos;s, both between 1 % and 99 %.</source>
        <translation>Bagian tingkat besar harus di bawah bagian tingkat reguler, keduanya antara 1 % dan 99 %.</translation>
    </message>
    <message>
        <source>The major group&apos;s share is between 1 % and 99 %.</source>
        <translation>Bagian kelompok utama antara 1 % dan 99 %.</translation>
    </message>
    <message>
        <source>Growth counts from 100 % to 1000 % of the 90 days before.</source>
        <translation>Pertumbuhan dihitung dari 100 % sampai 1000 % dari 90 hari sebelumnya.</translation>
    </message>
    <message>
        <source>A newcomer&apos;s first purchase is 0 to 365 days old.</source>
        <translation>Pembelian pertama pelanggan baru berumur 0 sampai 365 hari.</translation>
    </message>
    <message>
        <source>The lifetime value looks 1 to 120 months ahead.</source>
        <translation>Nilai seumur hidup melihat 1 sampai 120 bulan ke depan.</translation>
    </message>
    <message>
        <source>Each template needs an id of its own.</source>
        <translation>Setiap templat perlu id sendiri.</translation>
    </message>
    <message>
        <source>A template&apos;s name has 1 to %1 characters.</source>
        <translation>Nama templat 1 sampai %1 karakter.</translation>
    </message>
    <message>
        <source>The message of &quot;%1&quot; has 1 to %2 characters.</source>
        <translation>Pesan &quot;%1&quot; harus 1 sampai %2 karakter.</translation>
    </message>
    <message>
        <source>The message of &quot;%1&quot; holds %2, which Setia cannot fill in. Use %3.</source>
        <translation>Pesan &quot;%1&quot; memuat %2, yang tidak bisa diisi Setia. Gunakan %3.</translation>
    </message>
    <message>
        <source>Keep at least one template.</source>
        <translation>Sisakan paling sedikit satu templat.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 harus antara %2 dan %3.</translation>
    </message>
    <message>
        <source>A first response cannot be allowed more time than the resolution.</source>
        <translation>Tanggapan pertama tidak boleh diberi waktu lebih lama daripada penyelesaian.</translation>
    </message>
    <message>
        <source>Open the shop on at least one day: the deadlines count opening hours.</source>
        <translation>Buka toko setidaknya satu hari: tenggat dihitung dalam jam buka.</translation>
    </message>
    <message>
        <source>A category&apos;s name has 1 to %1 characters.</source>
        <translation>Nama kategori terdiri dari 1 sampai %1 karakter.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is there twice.</source>
        <translation>Kategori &quot;%1&quot; ada dua kali.</translation>
    </message>
    <message>
        <source>Keep 1 to %1 categories.</source>
        <translation>Simpan 1 sampai %1 kategori.</translation>
    </message>
    <message>
        <source>The hours for a first response</source>
        <translation>Jam untuk tanggapan pertama</translation>
    </message>
    <message>
        <source>The hours for a resolution</source>
        <translation>Jam untuk penyelesaian</translation>
    </message>
    <message>
        <source>The hours for a first response to an urgent complaint</source>
        <translation>Jam untuk tanggapan pertama keluhan mendesak</translation>
    </message>
    <message>
        <source>The hours for resolving an urgent complaint</source>
        <translation>Jam untuk menyelesaikan keluhan mendesak</translation>
    </message>
    <message>
        <source>The days before calling back a detractor</source>
        <translation>Hari sebelum menghubungi kembali pelanggan yang kecewa</translation>
    </message>
    <message>
        <source>The responses a margin needs</source>
        <translation>Jumlah jawaban yang diperlukan untuk margin</translation>
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
<context>
    <name>setia::StampCardDialog</name>
    <message>
        <source>New stamp card</source>
        <translation>Kartu cap baru</translation>
    </message>
    <message>
        <source>Stamp card %1</source>
        <translation>Kartu cap %1</translation>
    </message>
    <message>
        <source>e.g. Kopi Susu</source>
        <translation>mis. Kopi Susu</translation>
    </message>
    <message>
        <source>A &amp;product</source>
        <translation>&amp;Produk</translation>
    </message>
    <message>
        <source>Any product of a ca&amp;tegory</source>
        <translation>Semua produk &amp;kategori</translation>
    </message>
    <message>
        <source>Name or SKU</source>
        <translation>Nama atau SKU</translation>
    </message>
    <message>
        <source>The item given free</source>
        <translation>Barang yang diberikan gratis</translation>
    </message>
    <message>
        <source>Card &amp;name *</source>
        <translation>&amp;Nama kartu *</translation>
    </message>
    <message>
        <source>A stamp for each unit of</source>
        <translation>Satu cap untuk setiap unit</translation>
    </message>
    <message>
        <source>&amp;Stamps for a reward</source>
        <translation>&amp;Cap untuk satu hadiah</translation>
    </message>
    <message>
        <source>&amp;Reward *</source>
        <translation>&amp;Hadiah *</translation>
    </message>
    <message>
        <source>Members already hold stamps on this card, so its rules stay as they are: saving a change starts version %1. Members finish the card they hold under its rules; new stamps then go on the new version.</source>
        <translation>Anggota sudah memegang cap di kartu ini, jadi aturannya tetap: menyimpan perubahan memulai versi %1. Anggota menyelesaikan kartu yang mereka pegang dengan aturan lamanya; cap baru lalu masuk ke versi baru.</translation>
    </message>
    <message>
        <source>Items given free give no stamps. The rules lock once the first stamp is given; a later change starts a new version.</source>
        <translation>Barang gratis tidak memberi cap. Aturan terkunci begitu cap pertama diberikan; perubahan sesudahnya memulai versi baru.</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Simpan kartu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>setia::StampCardsBox</name>
    <message>
        <source>Stamp cards</source>
        <translation>Kartu cap</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>A stamp for</source>
        <translation>Cap untuk</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New card…</source>
        <translation>Kartu baru…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Stop giving stamps</source>
        <translation>Hentikan cap</translation>
    </message>
    <message>
        <source>One stamp per unit bought. Saved at once; rewards are taken at the counter.</source>
        <translation>Satu cap per unit yang dibeli. Langsung tersimpan; hadiah diambil di kasir.</translation>
    </message>
    <message>
        <source>giving stamps</source>
        <translation>memberi cap</translation>
    </message>
    <message>
        <source>stopped or replaced</source>
        <translation>dihentikan atau diganti</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>kategori %1</translation>
    </message>
    <message>
        <source>Stop giving stamps on the %1 card? Members keep the stamps they have, and can still take the rewards they earned.</source>
        <translation>Hentikan cap pada kartu %1? Anggota tetap memegang cap yang sudah ada, dan masih bisa mengambil hadiah yang sudah didapat.</translation>
    </message>
</context>
<context>
    <name>setia::SurveyAnswerDialog</name>
    <message>
        <source>Survey answer</source>
        <translation>Jawaban survei</translation>
    </message>
    <message>
        <source>Anonymous (no customer)</source>
        <translation>Tanpa nama (bukan pelanggan terdaftar)</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Lewat telepon</translation>
    </message>
    <message>
        <source>By WhatsApp</source>
        <translation>Lewat WhatsApp</translation>
    </message>
    <message>
        <source>On a paper card</source>
        <translation>Di kartu kertas</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Di kasir</translation>
    </message>
    <message>
        <source>What they said, in their words (optional)</source>
        <translation>Apa yang mereka katakan, dengan kata-kata mereka (boleh kosong)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Lewat</translation>
    </message>
    <message>
        <source>&amp;Would recommend us (0–10)</source>
        <translation>&amp;Akan merekomendasikan (0–10)</translation>
    </message>
    <message>
        <source>&amp;Satisfied (1–5)</source>
        <translation>Ke&amp;puasan (1–5)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>K&amp;omentar</translation>
    </message>
    <message>
        <source>Ask: &quot;How likely are you to recommend us to a friend, from 0 to 10?&quot; and &quot;How satisfied were you, from 1 to 5?&quot; Either may stay empty.</source>
        <translation>Tanyakan: &quot;Seberapa besar kemungkinan Anda merekomendasikan kami kepada teman, dari 0 sampai 10?&quot; dan &quot;Seberapa puas Anda, dari 1 sampai 5?&quot; Salah satunya boleh kosong.</translation>
    </message>
</context>
<context>
    <name>setia::SurveyBatchDialog</name>
    <message>
        <source>Enter survey cards</source>
        <translation>Isi kartu survei</translation>
    </message>
    <message>
        <source>Scan the card&apos;s barcode (or press Enter for a card without a name), type the recommendation score 0–10 and press Enter. The satisfaction score 1–5 is one Tab further.</source>
        <translation>Pindai barcode kartu (atau tekan Enter untuk kartu tanpa nama), ketik nilai rekomendasi 0–10, lalu tekan Enter. Nilai kepuasan 1–5 ada satu Tab sesudahnya.</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Kode member</translation>
    </message>
    <message>
        <source>Cards &amp;collected on</source>
        <translation>Kartu &amp;dikumpulkan pada</translation>
    </message>
    <message>
        <source>Member &amp;code</source>
        <translation>&amp;Kode member</translation>
    </message>
    <message>
        <source>&amp;Recommend (0–10)</source>
        <translation>&amp;Rekomendasi (0–10)</translation>
    </message>
    <message>
        <source>&amp;Satisfied (1–5)</source>
        <translation>Ke&amp;puasan (1–5)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>A card without a name (anonymous)</source>
        <translation>Kartu tanpa nama (anonim)</translation>
    </message>
    <message>
        <source>No customer has the code %1. Scan the card again, or clear the code for an anonymous card.</source>
        <translation>Tidak ada pelanggan dengan kode %1. Pindai kartunya lagi, atau kosongkan kodenya untuk kartu anonim.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>recommend %1</source>
        <translation>rekomendasi %1</translation>
    </message>
    <message>
        <source>satisfied %1</source>
        <translation>kepuasan %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) entered</source>
        <translation>
            <numerusform>%n kartu dimasukkan</numerusform>
        </translation>
    </message>
    <message>
        <source>No card entered yet.</source>
        <translation>Belum ada kartu yang dimasukkan.</translation>
    </message>
</context>
<context>
    <name>setia::SurveyService</name>
    <message>
        <source>Enter a score: how likely they are to recommend the shop (0–10), how satisfied they were (1–5), or both.</source>
        <translation>Isi nilai: seberapa besar kemungkinan mereka merekomendasikan toko (0–10), seberapa puas mereka (1–5), atau keduanya.</translation>
    </message>
    <message>
        <source>The recommendation score is 0 to 10.</source>
        <translation>Nilai rekomendasi 0 sampai 10.</translation>
    </message>
    <message>
        <source>The satisfaction score is 1 to 5.</source>
        <translation>Nilai kepuasan 1 sampai 5.</translation>
    </message>
    <message>
        <source>This date is still to come: enter when the customer answered.</source>
        <translation>Tanggal ini belum tiba: isi kapan pelanggan menjawab.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>Teksnya berisi karakter kontrol yang tidak terlihat. Ketik ulang.</translation>
    </message>
    <message>
        <source>The comment is too long: at most %1 characters.</source>
        <translation>Komentarnya terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The staff name is too long: at most %1 characters.</source>
        <translation>Nama staf terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>This customer no longer exists or was merged into another. Choose another, or record the answer without a name.</source>
        <translation>Pelanggan ini sudah tidak ada atau sudah digabung ke pelanggan lain. Pilih yang lain, atau catat jawabannya tanpa nama.</translation>
    </message>
    <message>
        <source>That sale is not this customer&apos;s. Choose one of their sales.</source>
        <translation>Penjualan itu bukan milik pelanggan ini. Pilih salah satu penjualannya.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Call back: would not recommend the shop (score %1 of 10)</source>
        <translation>Hubungi kembali: tidak akan merekomendasikan toko (nilai %1 dari 10)</translation>
    </message>
    <message>
        <source>By lifecycle</source>
        <translation>Per siklus hidup</translation>
    </message>
    <message>
        <source>By contribution tier</source>
        <translation>Per tingkat kontribusi</translation>
    </message>
    <message>
        <source>By RFM segment</source>
        <translation>Per segmen RFM</translation>
    </message>
    <message>
        <source>By customer type</source>
        <translation>Per tipe pelanggan</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Per wilayah</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Keseluruhan</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Semua jawaban</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Archived customers</source>
        <translation>Pelanggan yang diarsipkan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kosong)</translation>
    </message>
</context>
<context>
    <name>setia::TargetCustomersModel</name>
    <message>
        <source>Due: today is a visit day</source>
        <translation>Dikunjungi: hari ini hari kunjungannya</translation>
    </message>
    <message>
        <source>Due: their usual gap between purchases has passed</source>
        <translation>Dikunjungi: jarak belanja biasanya sudah lewat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Beli terakhir</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>Ditagih</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Nilai sasaran</translation>
    </message>
</context>
<context>
    <name>setia::TargetItemsModel</name>
    <message>
        <source>avg of %1</source>
        <translation>rata-rata %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>setia::TargetsView</name>
    <message>
        <source>Today&apos;s sales targets</source>
        <translation>Sasaran Penjualan Hari Ini</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Change a quantity for this sheet only (0 leaves the item off)</source>
        <translation>Ubah jumlah untuk lembar ini saja (0 = barang tidak dicetak)</translation>
    </message>
    <message>
        <source>&amp;Take off this sheet</source>
        <translation>&amp;Keluarkan dari lembar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naik</translation>
    </message>
    <message>
        <source>Earlier on the route (Ctrl+Up); remembered for the next sheets</source>
        <translation>Lebih awal di rute (Ctrl+Atas); diingat untuk lembar berikutnya</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Turun</translation>
    </message>
    <message>
        <source>Later on the route (Ctrl+Down); remembered for the next sheets</source>
        <translation>Lebih akhir di rute (Ctrl+Bawah); diingat untuk lembar berikutnya</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>Sasaran penjualan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua sales</translation>
    </message>
    <message>
        <source>%1 customers due · target value %2 · receivables to collect %3</source>
        <translation>%1 pelanggan dikunjungi · nilai sasaran %2 · piutang ditagih %3</translation>
    </message>
    <message>
        <source>Sales targets %1.pdf</source>
        <translation>Sasaran penjualan %1.pdf</translation>
    </message>
    <message>
        <source>Export sales targets</source>
        <translation>Ekspor sasaran penjualan</translation>
    </message>
    <message>
        <source>Sales targets %1.csv</source>
        <translation>Sasaran penjualan %1.csv</translation>
    </message>
    <message>
        <source>Add a customer…</source>
        <translation>Tambah pelanggan…</translation>
    </message>
    <message>
        <source>Add a customer to this sheet: name, phone or member code</source>
        <translation>Tambah pelanggan ke lembar ini: nama, telepon, atau kode anggota</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Hitung ulang</translation>
    </message>
    <message>
        <source>Read the sales and receivables again; changes made to this sheet are dropped (the route order stays)</source>
        <translation>Baca ulang penjualan dan piutang; perubahan pada lembar ini dibuang (urutan rute tetap)</translation>
    </message>
    <message>
        <source>Finding the customers due on %1…</source>
        <translation>Mencari pelanggan yang perlu dikunjungi pada %1…</translation>
    </message>
</context>
<context>
    <name>setia::TicketDialog</name>
    <message>
        <source>What was said or done (goes with the step)</source>
        <translation>Apa yang dikatakan atau dilakukan (dicatat bersama langkahnya)</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>Sudah &amp;ditanggapi</translation>
    </message>
    <message>
        <source>The customer heard back: the first response</source>
        <translation>Pelanggan sudah dihubungi: tanggapan pertama</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer</source>
        <translation>&amp;Menunggu pelanggan</translation>
    </message>
    <message>
        <source>The deadline clock stops until the customer comes back</source>
        <translation>Hitungan tenggat berhenti sampai pelanggan kembali</translation>
    </message>
    <message>
        <source>Back in &amp;progress</source>
        <translation>Diproses &amp;lagi</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>&amp;Selesaikan…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Done with: nothing more to do about it</source>
        <translation>Tuntas: tidak ada lagi yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Tambah &amp;catatan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>Yang sudah terjadi</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Keluhan %1</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Diterima %1</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>staf: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The tanda terima for the customer, with the complaint&apos;s number</source>
        <translation>Tanda terima untuk pelanggan, dengan nomor keluhannya</translation>
    </message>
    <message>
        <source>On the &amp;receipt printer</source>
        <translation>Di printer &amp;struk</translation>
    </message>
    <message>
        <source>On &amp;A5 paper…</source>
        <translation>Di kertas &amp;A5…</translation>
    </message>
    <message>
        <source>A5 as &amp;PDF…</source>
        <translation>A5 sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>Tanda t&amp;erima</source>
        <translation>Tanda t&amp;erima</translation>
    </message>
</context>
<context>
    <name>setia::TicketQueueModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
</context>
<context>
    <name>setia::TicketService</name>
    <message>
        <source>Choose the customer who complains: this one no longer exists or was merged into another. Someone not yet a member is added first (a name and a phone are enough) so the shop can reach them.</source>
        <translation>Pilih pelanggan yang mengeluh: pelanggan ini sudah tidak ada atau sudah digabung ke pelanggan lain. Orang yang belum menjadi member ditambahkan dulu (nama dan telepon sudah cukup) supaya toko bisa menghubunginya.</translation>
    </message>
    <message>
        <source>This time is still to come: enter when the complaint was received.</source>
        <translation>Waktu ini belum tiba: isi kapan keluhan diterima.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>Teksnya berisi karakter kontrol yang tidak terlihat. Ketik ulang.</translation>
    </message>
    <message>
        <source>Write down what the customer complains about, in their words.</source>
        <translation>Tulis apa yang dikeluhkan pelanggan, dengan kata-katanya sendiri.</translation>
    </message>
    <message>
        <source>The complaint is too long: at most %1 characters.</source>
        <translation>Keluhannya terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The resolution is too long: at most %1 characters.</source>
        <translation>Penyelesaiannya terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation>Pilih keluhannya tentang apa.</translation>
    </message>
    <message>
        <source>The category is too long: at most %1 characters.</source>
        <translation>Kategorinya terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The staff name is too long: at most %1 characters.</source>
        <translation>Nama staf terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>What the remedy cost is between Rp0 and Rp999.999.999.999.</source>
        <translation>Biaya ganti rugi antara Rp0 dan Rp999.999.999.999.</translation>
    </message>
    <message>
        <source>Choose the sale the line is on.</source>
        <translation>Pilih penjualan tempat baris itu berada.</translation>
    </message>
    <message>
        <source>That sale is not this customer&apos;s. Choose one of their sales.</source>
        <translation>Penjualan itu bukan milik pelanggan ini. Pilih salah satu penjualannya.</translation>
    </message>
    <message>
        <source>Ticket %1 is there already.</source>
        <translation>Keluhan %1 sudah ada.</translation>
    </message>
    <message>
        <source>This complaint is not there any more.</source>
        <translation>Keluhan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Catatannya terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>This complaint is resolved already; add a note instead.</source>
        <translation>Keluhan ini sudah selesai; tambahkan catatan saja.</translation>
    </message>
    <message>
        <source>Write down what the customer was told.</source>
        <translation>Tulis apa yang disampaikan kepada pelanggan.</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>Tulis cara penyelesaiannya.</translation>
    </message>
    <message>
        <source>This complaint is closed. Open a new one if the customer complains again.</source>
        <translation>Keluhan ini sudah ditutup. Buat keluhan baru kalau pelanggan mengeluh lagi.</translation>
    </message>
    <message>
        <source>A complaint cannot go from this status to that one.</source>
        <translation>Keluhan tidak bisa berpindah dari status ini ke status itu.</translation>
    </message>
    <message>
        <source>This complaint is resolved or closed already.</source>
        <translation>Keluhan ini sudah selesai atau ditutup.</translation>
    </message>
    <message>
        <source>Say what the customer was given.</source>
        <translation>Tulis apa yang diberikan kepada pelanggan.</translation>
    </message>
    <message>
        <source>Ask whether the customer is satisfied with how complaint %1 was resolved</source>
        <translation>Tanyakan apakah pelanggan puas dengan penyelesaian keluhan %1</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Tulis catatannya dulu.</translation>
    </message>
</context>
<context>
    <name>setia::TimelineModel</name>
    <message>
        <source>OVERDUE — %1</source>
        <translation>TERLAMBAT — %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>setia::TimelinePanel</name>
    <message>
        <source>Everything</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Enter on an open follow-up: mark it done</source>
        <translation>Enter pada tindak lanjut yang belum selesai: tandai selesai</translation>
    </message>
    <message>
        <source>&amp;Log a contact… (Ctrl+L)</source>
        <translation>Catat &amp;kontak… (Ctrl+L)</translation>
    </message>
    <message>
        <source>New &amp;follow-up… (Ctrl+T)</source>
        <translation>&amp;Tindak lanjut baru… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Follow-up &amp;done…</source>
        <translation>Tindak lanjut &amp;selesai…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>&amp;WhatsApp…</source>
        <translation>&amp;WhatsApp…</translation>
    </message>
</context>
<context>
    <name>setia::TodayView</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Search name, member code or phone… (Ctrl+F)</source>
        <translation>Cari nama, kode member, atau nomor HP… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Catat &amp;kontak…</translation>
    </message>
    <message>
        <source>Log a call, visit or message with the selected customer (Ctrl+L)</source>
        <translation>Catat telepon, kunjungan, atau pesan dengan pelanggan yang dipilih (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Selesai…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done, with its outcome (Ctrl+D)</source>
        <translation>Tandai tindak lanjut yang dipilih selesai, beserta hasilnya (Ctrl+D)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Pratinjau cetak…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Simpan sebagai C&amp;SV…</translation>
    </message>
    <message>
        <source>&amp;Print the list</source>
        <translation>C&amp;etak daftar</translation>
    </message>
    <message>
        <source>The rows shown as the day&apos;s work list on A4</source>
        <translation>Baris yang tampil sebagai daftar kerja hari ini di kertas A4</translation>
    </message>
    <message>
        <source>Nothing to do on this day: no follow-up due, no birthday this week, no credit falling due and nobody out of touch.</source>
        <translation>Tidak ada pekerjaan pada hari ini: tidak ada tindak lanjut yang jatuh tempo, tidak ada yang berulang tahun sepekan ini, tidak ada piutang jatuh tempo, dan semua pelanggan masih terhubungi.</translation>
    </message>
    <message>
        <source>Find on the agenda</source>
        <translation>Cari di agenda</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Catat kontak</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Work list %1</source>
        <translation>Daftar kerja %1</translation>
    </message>
    <message>
        <source>Working out the day&apos;s agenda…</source>
        <translation>Menyusun agenda hari ini…</translation>
    </message>
    <message>
        <source>Work list %1.pdf</source>
        <translation>Daftar kerja %1.pdf</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Simpan sebagai CSV</translation>
    </message>
    <message>
        <source>Agenda %1.csv</source>
        <translation>Agenda %1.csv</translation>
    </message>
    <message>
        <source>%1 to do · follow-ups %2 (%3 late) · birthdays %4 · receivables %5 · out of touch %6</source>
        <translation>%1 pekerjaan · tindak lanjut %2 (%3 terlambat) · ulang tahun %4 · piutang %5 · lama tak dihubungi %6</translation>
    </message>
    <message>
        <source>&amp;WhatsApp…</source>
        <translation>&amp;WhatsApp…</translation>
    </message>
    <message>
        <source>A message to the selected customer on WhatsApp (Alt+W)</source>
        <translation>Kirim pesan WhatsApp ke pelanggan yang dipilih (Alt+W)</translation>
    </message>
</context>
<context>
    <name>setia::WelcomeDialog</name>
    <message>
        <source>Welcome to Setia</source>
        <translation>Selamat datang di Setia</translation>
    </message>
    <message>
        <source>Setia keeps your customers, their purchases, what they owe and their points, and tells you whom to visit and whom to win back. Everything stays in one file on this computer.

First, your business as it should appear on receipts, kwitansi and reports:</source>
        <translation>Setia menyimpan pelanggan Anda, pembelian, utang dan poin mereka, serta memberi tahu siapa yang perlu dikunjungi dan siapa yang perlu diajak kembali. Semuanya tersimpan dalam satu file di komputer ini.

Pertama, nama usaha Anda seperti yang akan tercetak di struk, kwitansi dan laporan:</translation>
    </message>
    <message>
        <source>e.g. Toko Sumber Rejeki</source>
        <translation>mis. Toko Sumber Rejeki</translation>
    </message>
    <message>
        <source>street, town</source>
        <translation>jalan, kota</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
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
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>Not ready yet? Try Setia with a demo shop of 3 000 customers first. It is made in a file of its own, %1, next to yours: your data stays as it is, and Setia opens your own file again next time.</source>
        <translation>Belum siap? Coba dulu Setia dengan toko contoh berisi 3.000 pelanggan. Toko contoh dibuat di file tersendiri, %1, di samping file Anda: data Anda tetap seperti semula, dan lain kali Setia membuka file Anda sendiri lagi.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>Try the &amp;demo data</source>
        <translation>Coba &amp;data contoh</translation>
    </message>
    <message>
        <source>Type your business&apos;s name: it heads every receipt and report. You can change it later in Settings.</source>
        <translation>Ketik nama usaha Anda: nama ini tercetak di atas setiap struk dan laporan. Nanti bisa diubah di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>setia::WhatsAppDialog</name>
    <message>
        <source>Message on WhatsApp</source>
        <translation>Pesan WhatsApp</translation>
    </message>
    <message>
        <source>%1 (offer: needs consent)</source>
        <translation>%1 (penawaran: perlu persetujuan)</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 dari %2 karakter</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Templat</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Pesan</translation>
    </message>
    <message>
        <source>&amp;Open in WhatsApp</source>
        <translation>&amp;Buka di WhatsApp</translation>
    </message>
    <message>
        <source>Opens WhatsApp with the message typed in; send it there. Setia logs it on the customer&apos;s timeline.</source>
        <translation>Membuka WhatsApp dengan pesan yang sudah terketik; kirim dari sana. Setia mencatatnya di riwayat pelanggan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Nothing on this computer opens WhatsApp links. Install WhatsApp or a web browser, or send the message from the phone: %1</source>
        <translation>Tidak ada program di komputer ini yang bisa membuka tautan WhatsApp. Pasang WhatsApp atau peramban web, atau kirim pesan dari HP: %1</translation>
    </message>
    <message>
        <source>WhatsApp was opened, but the message was not logged: %1</source>
        <translation>WhatsApp sudah dibuka, tetapi pesannya tidak tercatat: %1</translation>
    </message>
</context>
<context>
    <name>setia::reportOutput</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Menata halaman…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Preparing page %1 of %2…</source>
        <translation>Menyiapkan halaman %1 dari %2…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Menyimpan PDF…</translation>
    </message>
</context>
</TS>
