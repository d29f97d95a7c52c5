#include "db/Migrations.h"

#include "db/RelationsMigrations.h"
#include "stores/CustomerEndings.h"

namespace setia {
namespace {

// Version 1: settings, customers (with consent and search indexes) and products.
// Text columns that lists sort or filter on are NOT NULL DEFAULT '' so that keyset paging
// compares plain values. Dates are ISO-8601 text; money is integer Rupiah.
Migration version1()
{
    return {
        1,
        {
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sequences ("
                           " name TEXT PRIMARY KEY,"
                           " next_value INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE customers ("
                " id INTEGER PRIMARY KEY,"
                " code TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL CHECK (length(name) > 0),"
                " sort_name TEXT NOT NULL,"
                " kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'business')),"
                " phone TEXT NOT NULL DEFAULT '',"
                " search_digits TEXT NOT NULL DEFAULT '',"
                " whatsapp INTEGER NOT NULL DEFAULT 1,"
                " email TEXT NOT NULL DEFAULT '',"
                " address TEXT NOT NULL DEFAULT '',"
                " city TEXT NOT NULL DEFAULT '',"
                " area TEXT NOT NULL DEFAULT '',"
                " customer_type TEXT NOT NULL DEFAULT '',"
                " source TEXT NOT NULL DEFAULT '',"
                " salesperson TEXT NOT NULL DEFAULT '',"
                " visit_days INTEGER NOT NULL DEFAULT 0,"
                " birthday TEXT,"
                " joined TEXT NOT NULL,"
                " credit_limit INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),"
                " terms_days INTEGER NOT NULL DEFAULT 30 CHECK (terms_days >= 0),"
                " tags TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " bad INTEGER NOT NULL DEFAULT 0,"
                " bad_reason TEXT NOT NULL DEFAULT '',"
                " bad_since TEXT,"
                " archived INTEGER NOT NULL DEFAULT 0,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            // One index per sortable column of the list, led by the archived flag the
            // list always filters on; the rowid completes each key for keyset paging.
            QStringLiteral("CREATE INDEX customers_by_name ON customers (archived, sort_name)"),
            QStringLiteral("CREATE INDEX customers_by_code ON customers (archived, code)"),
            QStringLiteral(
                "CREATE INDEX customers_by_digits ON customers (archived, search_digits)"),
            QStringLiteral("CREATE INDEX customers_by_city ON customers (archived, city)"),
            QStringLiteral("CREATE INDEX customers_by_area ON customers (archived, area)"),
            QStringLiteral("CREATE INDEX customers_by_type ON customers (archived, customer_type)"),
            QStringLiteral(
                "CREATE INDEX customers_by_salesperson ON customers (archived, salesperson)"),
            QStringLiteral("CREATE INDEX customers_by_joined ON customers (archived, joined)"),
            QStringLiteral("CREATE INDEX customers_by_phone ON customers (phone)"),
            QStringLiteral("CREATE TABLE customer_consents ("
                           " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                           " channel TEXT NOT NULL"
                           "  CHECK (channel IN ('whatsapp', 'sms', 'email')),"
                           " granted INTEGER NOT NULL,"
                           " recorded_at TEXT NOT NULL,"
                           " recorded_by TEXT NOT NULL,"
                           " PRIMARY KEY (customer_id, channel))"),
            // Search as you type: name words, member code and city by word prefix;
            // phone digits anywhere in the number (trigrams). Both index the active
            // customers of the customers table itself (external content), kept in step
            // by triggers; archived customers are left out, so a match count is the
            // count the list shows.
            QStringLiteral("CREATE VIRTUAL TABLE customer_words USING fts5("
                           " name, code, city,"
                           " content = 'customers', content_rowid = 'id',"
                           " tokenize = 'unicode61 remove_diacritics 2',"
                           " prefix = '2 3')"),
            QStringLiteral("CREATE VIRTUAL TABLE customer_digits USING fts5("
                           " search_digits,"
                           " content = 'customers', content_rowid = 'id',"
                           " tokenize = 'trigram')"),
            QStringLiteral("CREATE TRIGGER customers_search_insert AFTER INSERT ON customers"
                           " WHEN new.archived = 0 BEGIN"
                           " INSERT INTO customer_words (rowid, name, code, city)"
                           "  VALUES (new.id, new.name, new.code, new.city);"
                           " INSERT INTO customer_digits (rowid, search_digits)"
                           "  VALUES (new.id, new.search_digits);"
                           " END"),
            QStringLiteral("CREATE TRIGGER customers_search_delete AFTER DELETE ON customers"
                           " WHEN old.archived = 0 BEGIN"
                           " INSERT INTO customer_words (customer_words, rowid, name, code, city)"
                           "  VALUES ('delete', old.id, old.name, old.code, old.city);"
                           " INSERT INTO customer_digits (customer_digits, rowid, search_digits)"
                           "  VALUES ('delete', old.id, old.search_digits);"
                           " END"),
            QStringLiteral("CREATE TRIGGER customers_search_update"
                           " AFTER UPDATE OF name, code, city, search_digits, archived ON customers"
                           " BEGIN"
                           " INSERT INTO customer_words (customer_words, rowid, name, code, city)"
                           "  SELECT 'delete', old.id, old.name, old.code, old.city"
                           "  WHERE old.archived = 0;"
                           " INSERT INTO customer_digits (customer_digits, rowid, search_digits)"
                           "  SELECT 'delete', old.id, old.search_digits WHERE old.archived = 0;"
                           " INSERT INTO customer_words (rowid, name, code, city)"
                           "  SELECT new.id, new.name, new.code, new.city WHERE new.archived = 0;"
                           " INSERT INTO customer_digits (rowid, search_digits)"
                           "  SELECT new.id, new.search_digits WHERE new.archived = 0;"
                           " END"),
            QStringLiteral("CREATE TABLE products ("
                           " id INTEGER PRIMARY KEY,"
                           " sku TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL CHECK (length(name) > 0),"
                           " sort_name TEXT NOT NULL,"
                           " category TEXT NOT NULL DEFAULT '',"
                           " unit TEXT NOT NULL DEFAULT 'pcs',"
                           " price INTEGER NOT NULL CHECK (price >= 0),"
                           " cost INTEGER NOT NULL CHECK (cost >= 0),"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX products_by_name ON products (active, sort_name)"),
            QStringLiteral("CREATE INDEX products_by_sku ON products (active, sku)"),
            QStringLiteral("CREATE INDEX products_by_category ON products (active, category)"),
            QStringLiteral("CREATE INDEX products_by_price ON products (active, price)"),
            QStringLiteral("CREATE VIRTUAL TABLE product_words USING fts5("
                           " name, sku, category,"
                           " content = 'products', content_rowid = 'id',"
                           " tokenize = 'unicode61 remove_diacritics 2',"
                           " prefix = '1 2 3')"),
            QStringLiteral("CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN"
                           " INSERT INTO product_words (rowid, name, sku, category)"
                           "  VALUES (new.id, new.name, new.sku, new.category);"
                           " END"),
            QStringLiteral("CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN"
                           " INSERT INTO product_words (product_words, rowid, name, sku, category)"
                           "  VALUES ('delete', old.id, old.name, old.sku, old.category);"
                           " END"),
            QStringLiteral(
                "CREATE TRIGGER products_search_update AFTER UPDATE OF name, sku, category"
                " ON products BEGIN"
                " INSERT INTO product_words (product_words, rowid, name, sku, category)"
                "  VALUES ('delete', old.id, old.name, old.sku, old.category);"
                " INSERT INTO product_words (rowid, name, sku, category)"
                "  VALUES (new.id, new.name, new.sku, new.category);"
                " END"),
        }};
}

// Version 2: sales with their lines, and payments (SPEC §3). A sale keeps its revenue and
// cost totals so that analytics need not read every line. Times are local ISO-8601
// ("2026-11-22T10:15:00"); sale_date repeats the day for date filters and analytics.
Migration version2()
{
    return {
        2,
        {
            QStringLiteral("CREATE TABLE sales ("
                           " id INTEGER PRIMARY KEY,"
                           " receipt TEXT NOT NULL UNIQUE,"
                           " sold_at TEXT NOT NULL,"
                           " sale_date TEXT NOT NULL,"
                           " customer_id INTEGER REFERENCES customers (id),"
                           " payment TEXT NOT NULL CHECK (payment IN ('cash', 'credit')),"
                           " due_date TEXT,"
                           " lines_total INTEGER NOT NULL,"
                           " discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),"
                           " revenue INTEGER NOT NULL,"
                           " cost_milli INTEGER NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " voided INTEGER NOT NULL DEFAULT 0,"
                           " void_reason TEXT NOT NULL DEFAULT '',"
                           " voided_at TEXT,"
                           " created_at TEXT NOT NULL,"
                           " CHECK (payment = 'cash' OR customer_id IS NOT NULL))"),
            // The sales list pages by time, and its count and revenue for a period come
            // from this index alone (13 ms for a month of a 1 000 000-sale file instead of
            // 100+ ms reading the table). A customer's sales go by customer and time.
            QStringLiteral(
                "CREATE INDEX sales_by_time ON sales (sold_at, voided, payment, revenue)"),
            QStringLiteral("CREATE INDEX sales_by_customer ON sales (customer_id, sold_at)"),
            // Voided sales are few: listing them must not walk every sale.
            QStringLiteral("CREATE INDEX sales_voided ON sales (sold_at) WHERE voided = 1"),
            // What receivables read: every customer's open-able credit sales in FIFO order,
            // from the index alone (45 ms for 180 000 credit sales instead of 380 ms).
            QStringLiteral("CREATE INDEX sales_credit ON sales"
                           " (customer_id, sold_at, id, sale_date, due_date, revenue)"
                           " WHERE payment = 'credit' AND voided = 0"),
            // Lines clustered by sale (one B-tree, no rowid): a sale's lines are read
            // together, and an import writes one index per line instead of three. Price
            // and cost are copied at sale time; names are read from the product.
            QStringLiteral("CREATE TABLE sale_lines ("
                           " sale_id INTEGER NOT NULL REFERENCES sales (id),"
                           " line_no INTEGER NOT NULL,"
                           " product_id INTEGER NOT NULL REFERENCES products (id),"
                           " quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),"
                           " unit_price INTEGER NOT NULL CHECK (unit_price >= 0),"
                           " unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),"
                           " discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),"
                           " amount INTEGER NOT NULL,"
                           " PRIMARY KEY (sale_id, line_no)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE payments ("
                           " id INTEGER PRIMARY KEY,"
                           " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                           " paid_on TEXT NOT NULL,"
                           " amount INTEGER NOT NULL CHECK (amount > 0),"
                           " method TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " voided INTEGER NOT NULL DEFAULT 0,"
                           " void_reason TEXT NOT NULL DEFAULT '',"
                           " voided_at TEXT,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX payments_by_customer ON payments (customer_id, paid_on)"),
        }};
}

// Version 3: the loyalty ledger (SPEC §6). Every change of a customer's points is an entry
// (earn, redeem, adjust with a reason, expire); the balance is their sum. Stamp cards and
// their ledger likewise.
Migration version3()
{
    return {3,
            {
                QStringLiteral("CREATE TABLE loyalty_entries ("
                               " id INTEGER PRIMARY KEY,"
                               " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                               " entry_date TEXT NOT NULL,"
                               " kind TEXT NOT NULL"
                               "  CHECK (kind IN ('earn', 'redeem', 'adjust', 'expire')),"
                               " points INTEGER NOT NULL CHECK (points <> 0),"
                               " sale_id INTEGER REFERENCES sales (id),"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL)"),
                // A customer's balance and history; a sale's points when it is voided.
                QStringLiteral("CREATE INDEX loyalty_by_customer"
                               " ON loyalty_entries (customer_id, entry_date, points)"),
                QStringLiteral("CREATE INDEX loyalty_by_sale ON loyalty_entries (sale_id)"
                               " WHERE sale_id IS NOT NULL"),
                // Stamp cards: a qualifying product or category gives one stamp per unit;
                // `stamps_needed` of them earn the reward product free. A version's rules
                // never change once it gave a stamp: a change is a new version of the card
                // (same card_key), and the old one stops giving stamps (active = 0).
                QStringLiteral("CREATE TABLE stamp_cards ("
                               " id INTEGER PRIMARY KEY,"
                               " card_key INTEGER NOT NULL,"
                               " version INTEGER NOT NULL CHECK (version >= 1),"
                               " name TEXT NOT NULL,"
                               " product_id INTEGER REFERENCES products (id),"
                               " category TEXT,"
                               " stamps_needed INTEGER NOT NULL"
                               "  CHECK (stamps_needed BETWEEN 1 AND 100),"
                               " reward_product_id INTEGER NOT NULL REFERENCES products (id),"
                               " active INTEGER NOT NULL DEFAULT 1,"
                               " created_at TEXT NOT NULL,"
                               " CHECK ((product_id IS NULL) <> (category IS NULL)),"
                               " UNIQUE (card_key, version))"),
                // Every stamp given or used is an entry, like points: stamps of a sale, a
                // reward taken, a void taking them back.
                QStringLiteral("CREATE TABLE stamp_entries ("
                               " id INTEGER PRIMARY KEY,"
                               " card_id INTEGER NOT NULL REFERENCES stamp_cards (id),"
                               " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                               " entry_date TEXT NOT NULL,"
                               " kind TEXT NOT NULL CHECK (kind IN ('stamp', 'reward', 'adjust')),"
                               " stamps INTEGER NOT NULL CHECK (stamps <> 0),"
                               " sale_id INTEGER REFERENCES sales (id),"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX stamps_by_customer"
                               " ON stamp_entries (customer_id, card_id, stamps)"),
                QStringLiteral("CREATE INDEX stamps_by_card ON stamp_entries (card_id)"),
                QStringLiteral("CREATE INDEX stamps_by_sale ON stamp_entries (sale_id)"
                               " WHERE sale_id IS NOT NULL"),
            }};
}

// Version 4: segmentation (SPEC §5) reads every customer's sales grouped by customer, as of
// a date: this covering index serves it without touching the table.
Migration version4()
{
    return {4,
            {
                QStringLiteral("CREATE INDEX sales_activity ON sales"
                               " (customer_id, sale_date, revenue, cost_milli) WHERE voided = 0"),
            }};
}

// Version 5: rule segments saved by name (SPEC §5), and the Rupiah a redemption of points
// took off its sale (profitability counts point discounts as rewards). Redemptions made
// before record the point value of today's settings.
Migration version5()
{
    return {5,
            {
                QStringLiteral("CREATE TABLE rule_segments ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                               " definition TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("ALTER TABLE loyalty_entries"
                               " ADD COLUMN rupiah INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE loyalty_entries SET rupiah = -points * coalesce("
                               "(SELECT CAST(value AS INTEGER) FROM settings"
                               " WHERE key = 'loyalty.point_value'), 500)"
                               " WHERE kind = 'redeem'"),
            }};
}

// Version 6: the order in which salespeople visit their customers, remembered from one
// target sheet to the next (SPEC §7).
Migration version6()
{
    return {6,
            {
                QStringLiteral("CREATE TABLE route_stops ("
                               " customer_id INTEGER PRIMARY KEY REFERENCES customers (id),"
                               " position INTEGER NOT NULL)"),
            }};
}

// Version 7: the counter finds the customers whose phone or member code ends with the digits
// typed (SPEC §11) through an index of each one's ending, stored reversed: "ends with 4562"
// is the range of keys that start with "2654", among the active customers (archived = 0
// first in the index: SQLite's planner prefers an equality it can use in full).
Migration version7()
{
    return {7,
            {
                QStringLiteral("ALTER TABLE customers"
                               " ADD COLUMN phone_reversed TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE customers"
                               " ADD COLUMN code_reversed TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX customers_by_phone_ending ON customers"
                               " (archived, phone_reversed)"),
                QStringLiteral("CREATE INDEX customers_by_code_ending ON customers"
                               " (archived, code_reversed)"),
            },
            &customerEndings::fill};
}

// Version 8: the journals that make two big steps undoable (SPEC §2, §12). A merge of two
// customers keeps the kept customer's fields before and after it and every ledger row it
// moved, so that undoing puts each back exactly; the merged customer is hidden (archived = 2:
// out of every list, search and count, kept for the undo). An import keeps the range of ids
// it created in its table (ids only grow while it holds the write lock), for undoing it.
Migration version8()
{
    return {8,
            {
                QStringLiteral("CREATE TABLE merges ("
                               " id INTEGER PRIMARY KEY,"
                               " kept_id INTEGER NOT NULL REFERENCES customers (id),"
                               " merged_id INTEGER NOT NULL REFERENCES customers (id),"
                               " merged_at TEXT NOT NULL,"
                               " merged_by TEXT NOT NULL,"
                               " kept_before TEXT NOT NULL,"
                               " kept_after TEXT NOT NULL,"
                               " merged_archived INTEGER NOT NULL,"
                               " undone_at TEXT,"
                               " CHECK (kept_id <> merged_id))"),
                QStringLiteral("CREATE INDEX merges_by_kept ON merges (kept_id)"),
                QStringLiteral("CREATE INDEX merges_by_merged ON merges (merged_id)"),
                // `ledger` names the table of the row moved (MergeStore's list, which grows
                // as tables of a customer's records are added).
                QStringLiteral("CREATE TABLE merge_moves ("
                               " merge_id INTEGER NOT NULL REFERENCES merges (id),"
                               " ledger TEXT NOT NULL,"
                               " row_id INTEGER NOT NULL,"
                               " PRIMARY KEY (merge_id, ledger, row_id)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE imports ("
                               " id INTEGER PRIMARY KEY,"
                               " kind TEXT NOT NULL"
                               "  CHECK (kind IN ('customers', 'products', 'sales', 'payments')),"
                               " file_name TEXT NOT NULL,"
                               " imported_at TEXT NOT NULL,"
                               " imported_by TEXT NOT NULL,"
                               " first_id INTEGER NOT NULL,"
                               " last_id INTEGER NOT NULL,"
                               " records INTEGER NOT NULL,"
                               " undone_at TEXT,"
                               " CHECK (first_id <= last_id))"),
            }};
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {version1(),
                                               version2(),
                                               version3(),
                                               version4(),
                                               version5(),
                                               version6(),
                                               version7(),
                                               version8(),
                                               migrationSteps::version9(),
                                               migrationSteps::version10(),
                                               migrationSteps::version11(),
                                               migrationSteps::version12(),
                                               migrationSteps::version13()};
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace setia
