#include "demo/DemoCatalog.h"

#include <array>

namespace setia::demo {
namespace {

constexpr std::array<const char*, 60> male = {
    "Budi",     "Agus",     "Joko",   "Bambang", "Hendra",    "Rudi",     "Andi",  "Dedi",
    "Eko",      "Fajar",    "Hadi",   "Irwan",   "Yusuf",     "Rizky",    "Dimas", "Arief",
    "Bayu",     "Teguh",    "Wahyu",  "Slamet",  "Sugeng",    "Hasan",    "Ahmad", "Muhammad",
    "Rahmat",   "Taufik",   "Gilang", "Fikri",   "Reza",      "Yoga",     "Ilham", "Putu",
    "Made",     "Ketut",    "Wayan",  "Nyoman",  "Gede",      "Darmawan", "Surya", "Adi",
    "Haryanto", "Sutrisno", "Wawan",  "Iwan",    "Kurniawan", "Firman",   "Galih", "Hari",
    "Indra",    "Johan",    "Krisna", "Lukman",  "Michael",   "Nanda",    "Oki",   "Prasetyo",
    "Ridwan",   "Samuel",   "Toni",   "Umar"};

constexpr std::array<const char*, 60> female = {
    "Siti",   "Sri",   "Dewi",      "Ani",       "Rina",    "Wati",    "Yuni",      "Lestari",
    "Ayu",    "Putri", "Indah",     "Ratna",     "Fitri",   "Nur",     "Endang",    "Sari",
    "Maya",   "Dian",  "Novi",      "Wulan",     "Rini",    "Kartika", "Melati",    "Intan",
    "Citra",  "Diah",  "Eka",       "Fransiska", "Gita",    "Hesti",   "Ika",       "Juwita",
    "Kurnia", "Lina",  "Mega",      "Nia",       "Oktavia", "Puspita", "Rahmawati", "Suci",
    "Tuti",   "Umi",   "Vina",      "Winda",     "Yanti",   "Zahra",   "Anisa",     "Bunga",
    "Cahya",  "Desi",  "Elisabeth", "Farah",     "Hana",    "Irma",    "Januarti",  "Kiki",
    "Laras",  "Mira",  "Nadia",     "Ningsih"};

constexpr std::array<const char*, 60> family = {
    "Santoso",     "Wijaya",     "Saputra",     "Hidayat",     "Kusuma",    "Pratama",  "Setiawan",
    "Nugroho",     "Susanto",    "Gunawan",     "Siregar",     "Nasution",  "Harahap",  "Lubis",
    "Simanjuntak", "Sitompul",   "Wibowo",      "Purnomo",     "Suryadi",   "Hartono",  "Halim",
    "Tanjung",     "Pohan",      "Sihombing",   "Manurung",    "Panjaitan", "Rahman",   "Hakim",
    "Syahputra",   "Firmansyah", "Kurniadi",    "Permana",     "Putra",     "Lestari",  "Anggraini",
    "Utami",       "Rahayu",     "Handayani",   "Puspitasari", "Wulandari", "Maharani", "Sembiring",
    "Ginting",     "Tarigan",    "Pangaribuan", "Sinaga",      "Daulay",    "Batubara", "Effendi",
    "Tanoto",      "Salim",      "Sutanto",     "Widjaja",     "Lim",       "Tan",      "Wirawan",
    "Prakoso",     "Darmadi",    "Adiputra",    "Mahendra"};

constexpr std::array<const char*, 14> prefixes = {
    "Toko", "Warung",      "CV",         "UD",   "PT",    "Kedai",    "RM",
    "Kios", "Toko Grosir", "Minimarket", "Kafe", "Depot", "Warmindo", "Toko Kelontong"};

constexpr std::array<const char*, 40> businessNames = {"Sumber Rejeki",  "Maju Jaya",
                                                       "Berkah Abadi",   "Sinar Harapan",
                                                       "Makmur Sentosa", "Jaya Abadi",
                                                       "Sejahtera",      "Bintang Timur",
                                                       "Mekar Sari",     "Harapan Baru",
                                                       "Rejeki Lancar",  "Cahaya Terang",
                                                       "Mitra Usaha",    "Sari Rasa",
                                                       "Nusantara",      "Barokah",
                                                       "Sentosa",        "Karya Mandiri",
                                                       "Tunas Muda",     "Putra Jaya",
                                                       "Mulia",          "Sumber Makmur",
                                                       "Aneka Jaya",     "Indah Permai",
                                                       "Lancar Jaya",    "Bu Sri",
                                                       "Pak Kumis",      "Mbak Yuni",
                                                       "Cak Man",        "Padang Sederhana",
                                                       "Sido Mampir",    "Tiga Saudara",
                                                       "Anugerah",       "Dua Putri",
                                                       "Subur",          "Pelangi",
                                                       "Setia Kawan",    "Kopi Kenangan Senja",
                                                       "Rasa Sayang",    "Family"};

constexpr std::array<const char*, 30> streetNames = {"Jl. Merdeka",
                                                     "Jl. Sudirman",
                                                     "Jl. Diponegoro",
                                                     "Jl. Gatot Subroto",
                                                     "Jl. Ahmad Yani",
                                                     "Jl. Pahlawan",
                                                     "Jl. Kartini",
                                                     "Jl. Gajah Mada",
                                                     "Jl. Hayam Wuruk",
                                                     "Jl. Veteran",
                                                     "Jl. Pemuda",
                                                     "Jl. Imam Bonjol",
                                                     "Jl. Cendrawasih",
                                                     "Jl. Melati",
                                                     "Jl. Kenanga",
                                                     "Jl. Mawar",
                                                     "Jl. Anggrek",
                                                     "Jl. Flamboyan",
                                                     "Jl. Pasar Baru",
                                                     "Jl. Raya Bogor",
                                                     "Jl. Siliwangi",
                                                     "Jl. Pattimura",
                                                     "Jl. Teuku Umar",
                                                     "Jl. Cut Nyak Dien",
                                                     "Jl. Ki Hajar Dewantara",
                                                     "Jl. Dr. Sutomo",
                                                     "Jl. Panglima Polim",
                                                     "Jl. Pangeran Antasari",
                                                     "Jl. Raden Saleh",
                                                     "Gg. Masjid"};

constexpr std::array<const char*, 6> jakarta = {"Tebet",         "Kebayoran Baru", "Cempaka Putih",
                                                "Kelapa Gading", "Cengkareng",     "Pasar Minggu"};
constexpr std::array<const char*, 5> bandung = {"Coblong", "Cicendo", "Buahbatu", "Antapani",
                                                "Sukajadi"};
constexpr std::array<const char*, 5> surabaya = {"Gubeng", "Wonokromo", "Rungkut", "Tegalsari",
                                                 "Sukolilo"};
constexpr std::array<const char*, 4> semarang = {"Tembalang", "Banyumanik", "Candisari",
                                                 "Pedurungan"};
constexpr std::array<const char*, 4> yogyakarta = {"Gondokusuman", "Umbulharjo", "Kotagede",
                                                   "Jetis"};
constexpr std::array<const char*, 4> medan = {"Medan Baru", "Medan Petisah", "Medan Johor",
                                              "Medan Helvetia"};
constexpr std::array<const char*, 3> makassar = {"Panakkukang", "Tamalate", "Rappocini"};
constexpr std::array<const char*, 3> denpasar = {"Denpasar Barat", "Denpasar Selatan",
                                                 "Denpasar Timur"};
constexpr std::array<const char*, 3> malang = {"Klojen", "Lowokwaru", "Blimbing"};
constexpr std::array<const char*, 3> solo = {"Laweyan", "Banjarsari", "Jebres"};
constexpr std::array<const char*, 3> bogor = {"Bogor Tengah", "Bogor Utara", "Tanah Sareal"};
constexpr std::array<const char*, 3> palembang = {"Ilir Timur", "Seberang Ulu", "Kemuning"};

const std::array<DemoCity, 12> cityList = {{
    {"Jakarta", "21", jakarta},
    {"Bandung", "22", bandung},
    {"Surabaya", "31", surabaya},
    {"Semarang", "24", semarang},
    {"Yogyakarta", "274", yogyakarta},
    {"Medan", "61", medan},
    {"Makassar", "411", makassar},
    {"Denpasar", "361", denpasar},
    {"Malang", "341", malang},
    {"Surakarta", "271", solo},
    {"Bogor", "251", bogor},
    {"Palembang", "711", palembang},
}};

constexpr std::array<const char*, 24> mobile = {
    "811", "812", "813", "821", "822", "823", "852", "853", "851", "814", "815", "816",
    "855", "856", "857", "858", "817", "818", "819", "859", "877", "878", "838", "895"};

constexpr std::array<const char*, 8> sales = {"Andi Saputra", "Rina Wulandari", "Dedi Kurniawan",
                                              "Maya Sari",    "Yoga Pratama",   "Lina Harahap",
                                              "Surya Wibowo", "Nia Lestari"};

constexpr std::array<const char*, 5> domains = {"gmail.com", "yahoo.co.id", "gmail.com",
                                                "outlook.com", "ymail.com"};

constexpr std::array<DemoProduct, 60> catalogue = {{
    {"BRS-5KG", "Beras Premium 5 kg", "Sembako", "karung", 78000, 69000},
    {"BRS-25KG", "Beras Medium 25 kg", "Sembako", "karung", 320000, 295000},
    {"MYK-2L", "Minyak Goreng 2 L", "Sembako", "pouch", 36000, 32500},
    {"MYK-1L", "Minyak Goreng 1 L", "Sembako", "pouch", 18500, 16800},
    {"GLP-1KG", "Gula Pasir 1 kg", "Sembako", "kg", 17500, 15800},
    {"TLR-1KG", "Telur Ayam Negeri", "Sembako", "kg", 29000, 26500},
    {"TPG-1KG", "Tepung Terigu 1 kg", "Sembako", "kg", 13500, 11900},
    {"GRM-250", "Garam Beryodium 250 g", "Sembako", "bungkus", 3500, 2600},
    {"KCP-600", "Kecap Manis 600 ml", "Bumbu", "botol", 24500, 21000},
    {"SMB-340", "Saus Sambal 340 ml", "Bumbu", "botol", 14000, 11800},
    {"MSG-250", "Penyedap Rasa 250 g", "Bumbu", "bungkus", 12000, 10200},
    {"MIE-GRG", "Mie Instan Goreng", "Makanan", "pcs", 3500, 2900},
    {"MIE-KRD", "Mie Instan Kuah Kari Ayam", "Makanan", "pcs", 3300, 2750},
    {"MIE-DUS", "Mie Instan Goreng (dus isi 40)", "Makanan", "dus", 125000, 112000},
    {"BSK-KLP", "Biskuit Kelapa 300 g", "Makanan", "bungkus", 11500, 9400},
    {"RTI-TWR", "Roti Tawar Gandum", "Makanan", "bungkus", 17000, 14000},
    {"SRD-155", "Sarden Kaleng 155 g", "Makanan", "kaleng", 9500, 7900},
    {"KRP-UDG", "Kerupuk Udang 250 g", "Makanan", "bungkus", 16000, 12500},
    {"KPI-200", "Kopi Bubuk 200 g", "Minuman", "bungkus", 21000, 17500},
    {"KPI-SCH", "Kopi Susu Sachet (renceng 10)", "Minuman", "renceng", 15000, 12800},
    {"TEH-25", "Teh Celup isi 25", "Minuman", "kotak", 7500, 6100},
    {"SKM-370", "Susu Kental Manis 370 g", "Minuman", "kaleng", 12500, 10600},
    {"SUS-UHT", "Susu UHT Cokelat 1 L", "Minuman", "kotak", 19500, 16800},
    {"AIR-600", "Air Mineral 600 ml (dus isi 24)", "Minuman", "dus", 52000, 44000},
    {"AIR-GLN", "Air Mineral Galon 19 L (isi ulang)", "Minuman", "galon", 20000, 14000},
    {"TEH-BTL", "Teh Botol 450 ml", "Minuman", "botol", 6000, 4700},
    {"SRP-JRK", "Sirup Jeruk 460 ml", "Minuman", "botol", 22000, 18500},
    {"SBN-MND", "Sabun Mandi Batang", "Kebersihan", "pcs", 4500, 3600},
    {"DTJ-800", "Deterjen Bubuk 800 g", "Kebersihan", "bungkus", 21500, 18400},
    {"SBN-CCP", "Sabun Cuci Piring 780 ml", "Kebersihan", "pouch", 15500, 12900},
    {"PST-GGI", "Pasta Gigi 190 g", "Kebersihan", "tube", 13500, 11200},
    {"SMP-170", "Sampo Sachet (renceng 12)", "Kebersihan", "renceng", 11000, 9000},
    {"TSU-250", "Tisu Wajah 250 lembar", "Kebersihan", "kotak", 14500, 11900},
    {"PWG-1L", "Pewangi Pakaian 1 L", "Kebersihan", "pouch", 18000, 15200},
    {"GAS-3KG", "Gas Elpiji 3 kg (isi ulang)", "Rumah Tangga", "tabung", 22000, 19000},
    {"BTR-AA", "Baterai AA (isi 2)", "Rumah Tangga", "kartu", 9000, 6800},
    {"OBN-NYM", "Obat Nyamuk Bakar", "Rumah Tangga", "kotak", 6500, 5200},
    {"RKK-FLT", "Rokok Filter 16 batang", "Rokok", "bungkus", 32000, 29500},
    {"RKK-KRT", "Rokok Kretek 12 batang", "Rokok", "bungkus", 24000, 22000},
    {"PLS-25", "Pulsa Rp25.000", "Layanan", "pcs", 26500, 25200},
    {"KP-SSU", "Kopi Susu Gula Aren", "Kafe", "gelas", 22000, 7500},
    {"KP-AMR", "Americano", "Kafe", "gelas", 20000, 5500},
    {"KP-CPC", "Cappuccino", "Kafe", "gelas", 25000, 8000},
    {"KP-TBK", "Kopi Tubruk", "Kafe", "gelas", 12000, 3000},
    {"ES-TEH", "Es Teh Manis", "Kafe", "gelas", 6000, 1500},
    {"ES-JRK", "Es Jeruk", "Kafe", "gelas", 10000, 3500},
    {"ES-CKL", "Es Cokelat", "Kafe", "gelas", 18000, 6000},
    {"NS-GRG", "Nasi Goreng Spesial", "Makanan Berat", "porsi", 25000, 11000},
    {"MI-AYM", "Mie Ayam Bakso", "Makanan Berat", "porsi", 20000, 9000},
    {"NS-AYP", "Nasi Ayam Penyet", "Makanan Berat", "porsi", 24000, 12000},
    {"NS-RDG", "Nasi Rendang", "Makanan Berat", "porsi", 30000, 15000},
    {"SOTO-AY", "Soto Ayam", "Makanan Berat", "porsi", 18000, 8000},
    {"GADO2", "Gado-gado", "Makanan Berat", "porsi", 17000, 7000},
    {"PSG-GRG", "Pisang Goreng Keju", "Camilan", "porsi", 15000, 5000},
    {"RTI-BKR", "Roti Bakar Cokelat Keju", "Camilan", "porsi", 18000, 6500},
    {"KNG-GRG", "Kentang Goreng", "Camilan", "porsi", 16000, 6000},
    {"TH-TRK", "Teh Tarik", "Kafe", "gelas", 14000, 4000},
    {"JS-ALP", "Jus Alpukat", "Kafe", "gelas", 20000, 8000},
    {"KUE-LPS", "Kue Lapis Legit (potong)", "Camilan", "potong", 12000, 6000},
    {"DMS-DUS", "Donat Gula (isi 6)", "Camilan", "kotak", 30000, 15000},
}};

} // namespace

std::span<const char* const> maleNames()
{
    return male;
}
std::span<const char* const> femaleNames()
{
    return female;
}
std::span<const char* const> familyNames()
{
    return family;
}
std::span<const char* const> businessPrefixes()
{
    return prefixes;
}
std::span<const char* const> businessWords()
{
    return businessNames;
}
std::span<const char* const> streets()
{
    return streetNames;
}
std::span<const DemoCity> cities()
{
    return cityList;
}
std::span<const char* const> mobilePrefixes()
{
    return mobile;
}
std::span<const char* const> salespeople()
{
    return sales;
}
std::span<const char* const> emailDomains()
{
    return domains;
}
std::span<const DemoProduct> products()
{
    return catalogue;
}

} // namespace setia::demo
