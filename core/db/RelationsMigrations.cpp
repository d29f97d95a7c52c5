#include "db/RelationsMigrations.h"

namespace setia::migrationSteps {

// Version 9: relationships (SPEC §13): every touch point with a customer, and the follow-ups
// that are due; each customer's own contact interval (empty: their tier's default).
Migration version9()
{
    return {9,
            {
                QStringLiteral("CREATE TABLE follow_ups ("
                               " id INTEGER PRIMARY KEY,"
                               " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                               " due_date TEXT NOT NULL,"
                               " staff TEXT NOT NULL,"
                               " task TEXT NOT NULL CHECK (length(task) > 0),"
                               " done_at TEXT,"
                               " outcome TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL,"
                               " created_by TEXT NOT NULL)"),
                // The agenda reads the open ones by due date; the card a customer's.
                QStringLiteral("CREATE INDEX follow_ups_open ON follow_ups (due_date, customer_id)"
                               " WHERE done_at IS NULL"),
                QStringLiteral(
                    "CREATE INDEX follow_ups_by_customer ON follow_ups (customer_id, due_date)"),
                QStringLiteral("CREATE TABLE interactions ("
                               " id INTEGER PRIMARY KEY,"
                               " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                               " kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'whatsapp',"
                               "  'sms', 'email', 'meeting', 'note')),"
                               " happened_at TEXT NOT NULL,"
                               " staff TEXT NOT NULL,"
                               " summary TEXT NOT NULL DEFAULT '',"
                               " outcome TEXT NOT NULL DEFAULT '',"
                               " sale_id INTEGER REFERENCES sales (id),"
                               " follow_up_id INTEGER REFERENCES follow_ups (id),"
                               " created_at TEXT NOT NULL)"),
                // A customer's timeline, and their last touch.
                QStringLiteral("CREATE INDEX interactions_by_customer"
                               " ON interactions (customer_id, happened_at)"),
                QStringLiteral("ALTER TABLE customers ADD COLUMN contact_interval INTEGER"
                               " CHECK (contact_interval IS NULL OR contact_interval > 0)"),
            }};
}

// Version 10: the day's agenda (SPEC §13) reads only the sales of its 365-day window, by
// date, and each customer's payments from the index alone.
Migration version10()
{
    return {
        10,
        {
            QStringLiteral("CREATE INDEX sales_window ON sales (sale_date, customer_id, revenue)"
                           " WHERE voided = 0"),
            QStringLiteral("CREATE INDEX payments_open ON payments (customer_id, paid_on, amount)"
                           " WHERE voided = 0"),
        }};
}

// Version 11: business rules (issue "relationships"): "when → then" with the customers each
// rule matched at its last run (a customer fires a rule once for coming to match it), and the
// log of every time one fired. The import journal also keeps imports of interactions (SPEC
// §13): SQLite changes a CHECK only by building the table again.
Migration version11()
{
    return {
        11,
        {
            QStringLiteral("CREATE TABLE business_rules ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(name) > 0),"
                           " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
                           " condition TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN ('assign', 'follow_up')),"
                           " salespeople TEXT NOT NULL DEFAULT '',"
                           " task TEXT NOT NULL DEFAULT '',"
                           " due_days INTEGER NOT NULL DEFAULT 0 CHECK (due_days >= 0),"
                           " staff TEXT NOT NULL DEFAULT '',"
                           " include_current INTEGER NOT NULL DEFAULT 0,"
                           // Set at the rule's first run: who matched then is known.
                           " started INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE rule_matches ("
                           " rule_id INTEGER NOT NULL REFERENCES business_rules (id),"
                           " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                           " since TEXT NOT NULL,"
                           " PRIMARY KEY (rule_id, customer_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE rule_firings ("
                           " id INTEGER PRIMARY KEY,"
                           " rule_id INTEGER NOT NULL REFERENCES business_rules (id),"
                           " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                           " fired_at TEXT NOT NULL,"
                           " as_of TEXT NOT NULL,"
                           " why TEXT NOT NULL,"
                           " what TEXT NOT NULL,"
                           " follow_up_id INTEGER REFERENCES follow_ups (id))"),
            QStringLiteral("CREATE INDEX rule_firings_by_time ON rule_firings (fired_at)"),
            QStringLiteral("CREATE INDEX rule_firings_by_customer ON rule_firings (customer_id)"),
            QStringLiteral("CREATE TABLE imports_11 ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL"
                           "  CHECK (kind IN ('customers', 'products', 'sales', 'payments',"
                           "   'interactions')),"
                           " file_name TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " imported_by TEXT NOT NULL,"
                           " first_id INTEGER NOT NULL,"
                           " last_id INTEGER NOT NULL,"
                           " records INTEGER NOT NULL,"
                           " undone_at TEXT,"
                           " CHECK (first_id <= last_id))"),
            QStringLiteral("INSERT INTO imports_11 (id, kind, file_name, imported_at, imported_by,"
                           " first_id, last_id, records, undone_at)"
                           " SELECT id, kind, file_name, imported_at, imported_by, first_id,"
                           " last_id, records, undone_at FROM imports"),
            QStringLiteral("DROP TABLE imports"),
            QStringLiteral("ALTER TABLE imports_11 RENAME TO imports"),
        }};
}

// Version 12: complaints and satisfaction (SPEC §14): tickets with their steps (what the
// deadlines are worked out from, and the timeline shows), and survey answers. The import
// journal also keeps imports of surveys and tickets.
Migration version12()
{
    return {
        12,
        {
            QStringLiteral("CREATE TABLE tickets ("
                           " id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL UNIQUE,"
                           " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                           " sale_id INTEGER REFERENCES sales (id),"
                           " sale_line INTEGER NOT NULL DEFAULT 0 CHECK (sale_line >= 0),"
                           " category TEXT NOT NULL CHECK (length(category) > 0),"
                           " priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high')),"
                           " staff TEXT NOT NULL,"
                           " received_at TEXT NOT NULL,"
                           " status TEXT NOT NULL CHECK (status IN ('open', 'in_progress',"
                           "  'waiting', 'resolved', 'closed')),"
                           " first_response_at TEXT,"
                           " resolved_at TEXT,"
                           " summary TEXT NOT NULL CHECK (length(summary) > 0),"
                           " resolution TEXT NOT NULL DEFAULT '',"
                           " remedy TEXT NOT NULL DEFAULT 'none' CHECK (remedy IN ('none',"
                           "  'refund', 'credit', 'free_item', 'points', 'other')),"
                           " remedy_cost INTEGER NOT NULL DEFAULT 0 CHECK (remedy_cost >= 0),"
                           " created_at TEXT NOT NULL,"
                           " created_by TEXT NOT NULL)"),
            // The queue reads the unfinished ones; the card and the merge a customer's.
            QStringLiteral("CREATE INDEX tickets_unfinished ON tickets (received_at)"
                           " WHERE status NOT IN ('resolved', 'closed')"),
            QStringLiteral(
                "CREATE INDEX tickets_by_customer ON tickets (customer_id, received_at)"),
            QStringLiteral("CREATE INDEX tickets_by_time ON tickets (received_at)"),
            QStringLiteral("CREATE TABLE ticket_events ("
                           " id INTEGER PRIMARY KEY,"
                           " ticket_id INTEGER NOT NULL REFERENCES tickets (id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('opened', 'status', 'response',"
                           "  'note', 'remedy')),"
                           " at TEXT NOT NULL,"
                           " staff TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, at)"),
            QStringLiteral("CREATE TABLE survey_responses ("
                           " id INTEGER PRIMARY KEY,"
                           " responded_at TEXT NOT NULL,"
                           " customer_id INTEGER REFERENCES customers (id),"
                           " channel TEXT NOT NULL CHECK (channel IN ('counter', 'paper',"
                           "  'whatsapp', 'phone')),"
                           " nps INTEGER CHECK (nps BETWEEN 0 AND 10),"
                           " csat INTEGER CHECK (csat BETWEEN 1 AND 5),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " staff TEXT NOT NULL,"
                           " sale_id INTEGER REFERENCES sales (id),"
                           " follow_up_id INTEGER REFERENCES follow_ups (id),"
                           " created_at TEXT NOT NULL,"
                           " CHECK (nps IS NOT NULL OR csat IS NOT NULL))"),
            QStringLiteral("CREATE INDEX survey_responses_by_time ON survey_responses"
                           " (responded_at)"),
            QStringLiteral("CREATE INDEX survey_responses_by_customer ON survey_responses"
                           " (customer_id, responded_at) WHERE customer_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE imports_12 ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL"
                           "  CHECK (kind IN ('customers', 'products', 'sales', 'payments',"
                           "   'interactions', 'survey_responses', 'tickets')),"
                           " file_name TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " imported_by TEXT NOT NULL,"
                           " first_id INTEGER NOT NULL,"
                           " last_id INTEGER NOT NULL,"
                           " records INTEGER NOT NULL,"
                           " undone_at TEXT,"
                           " CHECK (first_id <= last_id))"),
            QStringLiteral("INSERT INTO imports_12 (id, kind, file_name, imported_at, imported_by,"
                           " first_id, last_id, records, undone_at)"
                           " SELECT id, kind, file_name, imported_at, imported_by, first_id,"
                           " last_id, records, undone_at FROM imports"),
            QStringLiteral("DROP TABLE imports"),
            QStringLiteral("ALTER TABLE imports_12 RENAME TO imports"),
        }};
}

// Version 13: campaigns (SPEC §15). A campaign's audience is frozen when it is created: one
// row per customer with the side the holdout's hash put them on, what they were then (code,
// name, phone, address, segments as of the start) and what became of the message.
Migration version13()
{
    return {
        13,
        {
            QStringLiteral("CREATE TABLE campaigns ("
                           " id INTEGER PRIMARY KEY,"
                           " code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
                           " name TEXT NOT NULL CHECK (length(name) > 0),"
                           " goal TEXT NOT NULL DEFAULT '',"
                           " audience TEXT NOT NULL CHECK (length(audience) > 0),"
                           " channel TEXT NOT NULL CHECK (channel IN ('whatsapp', 'sms',"
                           "  'letter', 'call')),"
                           " message TEXT NOT NULL,"
                           " offer TEXT NOT NULL DEFAULT '',"
                           " start_date TEXT NOT NULL,"
                           " window_days INTEGER NOT NULL CHECK (window_days BETWEEN 1 AND 365),"
                           " holdout_ppm INTEGER NOT NULL CHECK (holdout_ppm BETWEEN 0 AND 500000),"
                           " message_cost INTEGER NOT NULL DEFAULT 0 CHECK (message_cost >= 0),"
                           " voucher_cost INTEGER NOT NULL DEFAULT 0 CHECK (voucher_cost >= 0),"
                           " print_cost INTEGER NOT NULL DEFAULT 0 CHECK (print_cost >= 0),"
                           " created_at TEXT NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " launched_at TEXT)"),
            // One side per customer: the primary key makes both impossible.
            QStringLiteral("CREATE TABLE campaign_members ("
                           " campaign_id INTEGER NOT NULL REFERENCES campaigns (id),"
                           " customer_id INTEGER NOT NULL REFERENCES customers (id),"
                           " arm TEXT NOT NULL CHECK (arm IN ('treatment', 'holdout')),"
                           " code TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " address TEXT NOT NULL DEFAULT '',"
                           " lifecycle TEXT NOT NULL DEFAULT '',"
                           " tier TEXT NOT NULL DEFAULT '',"
                           " rfm_segment TEXT NOT NULL DEFAULT '',"
                           " offer TEXT NOT NULL DEFAULT '',"
                           " sent_at TEXT,"
                           " call_result TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (campaign_id, customer_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX campaign_members_by_code ON campaign_members"
                           " (campaign_id, code)"),
        }};
}

} // namespace setia::migrationSteps
