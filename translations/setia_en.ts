<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaService</name>
    <message>
        <source>The agenda needs a date.</source>
        <translation>The agenda needs a date.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>Today&apos;s work list</source>
        <translation>Today&apos;s work list</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Tick what was done and write what came of it; enter it in Setia as a contact so that the customer&apos;s timeline holds it.</source>
        <translation>
            <numerusform>%n row. Tick what was done and write what came of it; enter it in Setia as a contact so that the customer&apos;s timeline holds it.</numerusform>
            <numerusform>%n rows. Tick what was done and write what came of it; enter it in Setia as a contact so that the customer&apos;s timeline holds it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTexts</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Out of touch</source>
        <translation>Out of touch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) late</source>
        <translation>
            <numerusform>%1 — %n day late</numerusform>
            <numerusform>%1 — %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Turns %1 on %2</source>
        <translation>Turns %1 on %2</translation>
    </message>
    <message>
        <source>Birthday on %1</source>
        <translation>Birthday on %1</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 overdue since %2</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 due %2</translation>
    </message>
    <message numerus="yes">
        <source>Never contacted (every %n day(s))</source>
        <translation>
            <numerusform>Never contacted (every %n day)</numerusform>
            <numerusform>Never contacted (every %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %1, %2 days ago (every %n day(s))</source>
        <translation>
            <numerusform>Last contact %1, %2 days ago (every %n day)</numerusform>
            <numerusform>Last contact %1, %2 days ago (every %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>%1: deadline %2 (%3)</source>
        <translation>%1: deadline %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CardCommand</name>
    <message>
        <source>card needs a member code and -o FILE.pdf.</source>
        <translation>card needs a member code and -o FILE.pdf.</translation>
    </message>
    <message>
        <source>No customer has the member code %1.</source>
        <translation>No customer has the member code %1.</translation>
    </message>
</context>
<context>
    <name>CardPages</name>
    <message>
        <source>Stopped: nothing was printed or saved.</source>
        <translation>Stopped: nothing was printed or saved.</translation>
    </message>
    <message>
        <source>The printer or the file could not be started. Check the printer, then try again.</source>
        <translation>The printer or the file could not be started. Check the printer, then try again.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1. Check the printer, then print again.</source>
        <translation>The printer stopped after page %1. Check the printer, then print again.</translation>
    </message>
    <message>
        <source>The document could not be finished. Try again.</source>
        <translation>The document could not be finished. Try again.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Name a command.</source>
        <translation>Name a command.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>--%1 belongs to the %2 command.</source>
        <translation>--%1 belongs to the %2 command.</translation>
    </message>
    <message>
        <source>--%1 belongs to the %2 and %3 commands.</source>
        <translation>--%1 belongs to the %2 and %3 commands.</translation>
    </message>
    <message>
        <source>To make a new database there: setia-cli --db %1 init</source>
        <translation>To make a new database there: setia-cli --db %1 init</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--paper takes a4, f4 or letter.</source>
        <translation>--paper takes a4, f4 or letter.</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD.</source>
        <translation>--as-of takes a date as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ComplaintsReport</name>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Answered in time</translation>
    </message>
    <message>
        <source>Median to answer (h)</source>
        <translation>Median to answer (h)</translation>
    </message>
    <message>
        <source>Put right in time</source>
        <translation>Put right in time</translation>
    </message>
    <message>
        <source>Median to put right (h)</source>
        <translation>Median to put right (h)</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Remedies</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 of %2 (%3 %)</translation>
    </message>
    <message>
        <source>Received %1 – %2</source>
        <translation>Received %1 – %2</translation>
    </message>
    <message>
        <source>No complaint was received in this period.</source>
        <translation>No complaint was received in this period.</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Dealt with</translation>
    </message>
    <message>
        <source>Median to answer</source>
        <translation>Median to answer</translation>
    </message>
    <message>
        <source>%1 open hours</source>
        <translation>%1 open hours</translation>
    </message>
    <message>
        <source>Median to put right</source>
        <translation>Median to put right</translation>
    </message>
    <message>
        <source>Customers who complained again</source>
        <translation>Customers who complained again</translation>
    </message>
    <message>
        <source>What remedies cost</source>
        <translation>What remedies cost</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By month and category</source>
        <translation>By month and category</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Customers who complained more than once</source>
        <translation>Customers who complained more than once</translation>
    </message>
    <message>
        <source>No customer complained more than once in this period.</source>
        <translation>No customer complained more than once in this period.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>No remedy was given for these complaints.</source>
        <translation>No remedy was given for these complaints.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Times count the shop&apos;s opening hours, without the time spent waiting for the customer, as the deadlines do. A deadline missed and not yet met counts as late. Remedy costs count as rewards in customer profitability.</source>
        <translation>Times count the shop&apos;s opening hours, without the time spent waiting for the customer, as the deadlines do. A deadline missed and not yet met counts as late. Remedy costs count as rewards in customer profitability.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Database file: %1
Data version: %2</source>
        <translation>Database file: %1
Data version: %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Import &amp; export</source>
        <translation>Import &amp; export</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Type to search by name, phone digits, member code or city. Enter or a double-click opens the customer&apos;s record card; Ctrl+N adds a customer; the choice above the list narrows it to a segment. &quot;Member cards…&quot; prints the cards of everyone found.</source>
        <translation>Type to search by name, phone digits, member code or city. Enter or a double-click opens the customer&apos;s record card; Ctrl+N adds a customer; the choice above the list narrows it to a segment. &quot;Member cards…&quot; prints the cards of everyone found.</translation>
    </message>
    <message>
        <source>Every sale, newest first. Choose a period, a customer, cash or credit; type a receipt number to find it. Enter opens a sale: its lines, its receipt printed again, or voiding it with a reason. Ctrl+N enters a new sale.</source>
        <translation>Every sale, newest first. Choose a period, a customer, cash or credit; type a receipt number to find it. Enter opens a sale: its lines, its receipt printed again, or voiding it with a reason. Ctrl+N enters a new sale.</translation>
    </message>
    <message>
        <source>Who owes what on the date chosen, with how late it is. Enter opens the customer&apos;s record card, where a payment is recorded (and its kwitansi printed).</source>
        <translation>Who owes what on the date chosen, with how late it is. Enter opens the customer&apos;s record card, where a payment is recorded (and its kwitansi printed).</translation>
    </message>
    <message>
        <source>Every customer&apos;s status, tier, RFM segment and profit group on a date. Choose a segment to list its customers: print them, save them as PDF or CSV, or tag them. &quot;New segment&quot; saves a rule of your own.</source>
        <translation>Every customer&apos;s status, tier, RFM segment and profit group on a date. Choose a segment to list its customers: print them, save them as PDF or CSV, or tag them. &quot;New segment&quot; saves a rule of your own.</translation>
    </message>
    <message>
        <source>The customers each salesperson should visit on the date, with the items they usually buy. Change a quantity, take a customer off or move them on the route, then print the sheet or save it as PDF or CSV.</source>
        <translation>The customers each salesperson should visit on the date, with the items they usually buy. Change a quantity, take a customer off or move them on the route, then print the sheet or save it as PDF or CSV.</translation>
    </message>
    <message>
        <source>Choose a report, its period and its paper; preview it, print it, or save it as PDF or CSV.</source>
        <translation>Choose a report, its period and its paper; preview it, print it, or save it as PDF or CSV.</translation>
    </message>
    <message>
        <source>The catalogue: SKU, name, category, unit, price and cost. Enter changes a product, Ctrl+N adds one; a product no longer sold is deactivated, never deleted.</source>
        <translation>The catalogue: SKU, name, category, unit, price and cost. Enter changes a product, Ctrl+N adds one; a product no longer sold is deactivated, never deleted.</translation>
    </message>
    <message>
        <source>Import customers, products, sales or payments from a CSV file (rows that cannot be imported go to a rejects file to correct), or export them.</source>
        <translation>Import customers, products, sales or payments from a CSV file (rows that cannot be imported go to a rejects file to correct), or export them.</translation>
    </message>
    <message>
        <source>Making the demo shop…</source>
        <translation>Making the demo shop…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Setia — demo data (%1)</source>
        <translation>Setia — demo data (%1)</translation>
    </message>
    <message>
        <source>No database there</source>
        <translation>No database there</translation>
    </message>
    <message>
        <source>There is no Setia database at %1.

If the name is mistyped, choose Cancel and start Setia again with the right one. Make a new, empty database there?</source>
        <translation>There is no Setia database at %1.

If the name is mistyped, choose Cancel and start Setia again with the right one. Make a new, empty database there?</translation>
    </message>
    <message>
        <source>Make a new database</source>
        <translation>Make a new database</translation>
    </message>
    <message>
        <source>Your business&apos;s details for printed pages, the language, the loyalty rules, the stamp cards, this computer&apos;s receipt printer and the data&apos;s safety: back up now, the automatic backups, restore one, check the file. &quot;Save settings&quot; keeps the changes; stamp cards and the printer are kept as they are changed.</source>
        <translation>Your business&apos;s details for printed pages, the language, the loyalty rules, the stamp cards, this computer&apos;s receipt printer and the data&apos;s safety: back up now, the automatic backups, restore one, check the file. &quot;Save settings&quot; keeps the changes; stamp cards and the printer are kept as they are changed.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1 Use Settings → Data safety → &quot;Back up now&quot; to keep a copy elsewhere.</source>
        <translation>Today&apos;s automatic backup failed: %1 Use Settings → Data safety → &quot;Back up now&quot; to keep a copy elsewhere.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Complaints still to deal with, by the deadline each works towards: a first answer within 4 opening hours, a resolution within 48 (urgent ones 1 and 24); late ones in red, those waiting for the customer last. Enter opens one to take its next step; Ctrl+N writes down a new one.</source>
        <translation>Complaints still to deal with, by the deadline each works towards: a first answer within 4 opening hours, a resolution within 48 (urgent ones 1 and 24); late ones in red, those waiting for the customer last. Enter opens one to take its next step; Ctrl+N writes down a new one.</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>NPS and CSAT of the period chosen, overall or broken down by lifecycle, tier, RFM segment, customer type or area, each with its number of answers and margin. Answers come from the counter (F12), the record card (Ctrl+U) and paper survey cards; Reports → Satisfaction prints them.</source>
        <translation>NPS and CSAT of the period chosen, overall or broken down by lifecycle, tier, RFM segment, customer type or area, each with its number of answers and margin. Answers come from the counter (F12), the record card (Ctrl+U) and paper survey cards; Reports → Satisfaction prints them.</translation>
    </message>
    <message>
        <source>F2 from anywhere. Type the last digits of the phone (or a name, or scan the member card) and press Enter; when several phones end with them, press the row&apos;s number. Type the amount paid and press Enter: the cash purchase is saved with its points.

F3 walk-in purchase · F4 purchase with items · F5 record card · F6 member card · F7 points slip as PDF · F9 print the points slip · F8 take a stamp reward · F10 a complaint · F12 ask the last customer for a score · Ctrl+N new member · Esc start again.</source>
        <translation>F2 from anywhere. Type the last digits of the phone (or a name, or scan the member card) and press Enter; when several phones end with them, press the row&apos;s number. Type the amount paid and press Enter: the cash purchase is saved with its points.

F3 walk-in purchase · F4 purchase with items · F5 record card · F6 member card · F7 points slip as PDF · F9 print the points slip · F8 take a stamp reward · F10 a complaint · F12 ask the last customer for a score · Ctrl+N new member · Esc start again.</translation>
    </message>
    <message>
        <source>What to do on the date for everyone or one staff member: follow-ups due (late ones in red), complaints past a deadline, birthdays of the coming week, credit falling due or overdue, customers not contacted for longer than their interval. Enter opens the record card (a complaint: the complaint); Ctrl+L logs a contact; Ctrl+D marks a follow-up done; &quot;Print the list&quot; gives the day&apos;s work list on A4.</source>
        <translation>What to do on the date for everyone or one staff member: follow-ups due (late ones in red), complaints past a deadline, birthdays of the coming week, credit falling due or overdue, customers not contacted for longer than their interval. Enter opens the record card (a complaint: the complaint); Ctrl+L logs a contact; Ctrl+D marks a follow-up done; &quot;Print the list&quot; gives the day&apos;s work list on A4.</translation>
    </message>
</context>
<context>
    <name>CounterDocuments</name>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>This member no longer exists.</translation>
    </message>
    <message>
        <source>Save member card</source>
        <translation>Save member card</translation>
    </message>
    <message>
        <source>Member card %1.pdf</source>
        <translation>Member card %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Member card saved: %1</source>
        <translation>Member card saved: %1</translation>
    </message>
    <message>
        <source>Save points slip</source>
        <translation>Save points slip</translation>
    </message>
    <message>
        <source>Points slip %1.pdf</source>
        <translation>Points slip %1.pdf</translation>
    </message>
    <message>
        <source>Points slip saved: %1</source>
        <translation>Points slip saved: %1</translation>
    </message>
    <message>
        <source>Points slip %1</source>
        <translation>Points slip %1</translation>
    </message>
    <message>
        <source>Points slip printed</source>
        <translation>Points slip printed</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>The receipt was not printed: %1</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>salesperson</translation>
    </message>
    <message>
        <source>visit days</source>
        <translation>visit days</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>birthday</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>joined</translation>
    </message>
    <message>
        <source>credit limit</source>
        <translation>credit limit</translation>
    </message>
    <message>
        <source>credit terms in days</source>
        <translation>credit terms in days</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>receipt number</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>customer code</source>
        <translation>customer code</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>unit price</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>line discount</source>
        <translation>line discount</translation>
    </message>
    <message>
        <source>sale discount</source>
        <translation>sale discount</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>payment method</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (column %2)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>what was said</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>recommendation score</source>
        <translation>recommendation score</translation>
    </message>
    <message>
        <source>satisfaction score</source>
        <translation>satisfaction score</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>ticket number</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>remedy cost</source>
        <translation>remedy cost</translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <source>%1 is empty. Write the date as 2026-11-22 or 22/11/2026.</source>
        <translation>%1 is empty. Write the date as 2026-11-22 or 22/11/2026.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date. Write it as 2026-11-22 or 22/11/2026.</source>
        <translation>%1 &quot;%2&quot; is not a date. Write it as 2026-11-22 or 22/11/2026.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount. Write whole Rupiah, such as 1250000 or Rp1.250.000.</source>
        <translation>%1 &quot;%2&quot; is not an amount. Write whole Rupiah, such as 1250000 or Rp1.250.000.</translation>
    </message>
    <message>
        <source>%1 is negative (%2). Amounts are zero or more.</source>
        <translation>%1 is negative (%2). Amounts are zero or more.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a quantity above 0 (up to 3 decimals, such as 2 or 1.5).</source>
        <translation>%1 &quot;%2&quot; is not a quantity above 0 (up to 3 decimals, such as 2 or 1.5).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1 &quot;%2&quot; is not a whole number of 0 or more.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>The import was cancelled: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is a folder, not a file. Choose the CSV file inside it.</source>
        <translation>%1 is a folder, not a file. Choose the CSV file inside it.</translation>
    </message>
    <message>
        <source>Setia cannot read the file %1 (%2). Check that it exists and that you may read it.</source>
        <translation>Setia cannot read the file %1 (%2). Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>Setia could not read the whole file %1 (%2). Check the disk or copy the file to another folder, then try again.</source>
        <translation>Setia could not read the whole file %1 (%2). Check the disk or copy the file to another folder, then try again.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook (Excel or LibreOffice), not a CSV file. Open it and save it as &quot;CSV UTF-8 (Comma delimited)&quot;, then choose that file.</source>
        <translation>This is a spreadsheet workbook (Excel or LibreOffice), not a CSV file. Open it and save it as &quot;CSV UTF-8 (Comma delimited)&quot;, then choose that file.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data. Choose a CSV file, or save your spreadsheet as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>This is not a CSV file: it holds binary data. Choose a CSV file, or save your spreadsheet as &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>The file is empty. A CSV file starts with a header row naming its columns; check that you chose the right file.</source>
        <translation>The file is empty. A CSV file starts with a header row naming its columns; check that you chose the right file.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Check for a missing or extra separator (%4); a value that contains one must be in double quotes.</source>
        <translation>Line %1 has %2 fields but the header has %3. Check for a missing or extra separator (%4); a value that contains one must be in double quotes.</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>column %1 (%2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Line %1: a value opens a double quote (&quot;) that is never closed, so the rest of the file was not read. Add the missing closing quote, or remove the stray one.</source>
        <translation>Line %1: a value opens a double quote (&quot;) that is never closed, so the rest of the file was not read. Add the missing closing quote, or remove the stray one.</translation>
    </message>
    <message>
        <source>Line %1: the value in %2 has text after its closing double quote. Put the whole value in double quotes and write each quote inside it twice (&quot;&quot;).</source>
        <translation>Line %1: the value in %2 has text after its closing double quote. Put the whole value in double quotes and write each quote inside it twice (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 Setia reads in one import. Split it into smaller files, each starting with the header row (a file per month, for instance), and import them one after the other.</source>
        <translation>%1 is %2, more than the %3 Setia reads in one import. Split it into smaller files, each starting with the header row (a file per month, for instance), and import them one after the other.</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 Setia reads in one import. Split it into smaller files, each starting with the header row (a file per month, for instance), and import them one after the other.</source>
        <translation>The file is %1, more than the %2 Setia reads in one import. Split it into smaller files, each starting with the header row (a file per month, for instance), and import them one after the other.</translation>
    </message>
    <message>
        <source>%1 is not a file on disk (it is a pipe or a device), so Setia can read it only once. Save it to a file, then choose that file.</source>
        <translation>%1 is not a file on disk (it is a pipe or a device), so Setia can read it only once. Save it to a file, then choose that file.</translation>
    </message>
    <message>
        <source>The file goes on past %1, the most Setia reads in one import, so Setia stopped reading it at line %2. Split it into smaller files, each starting with the header row, and import them one after the other.</source>
        <translation>The file goes on past %1, the most Setia reads in one import, so Setia stopped reading it at line %2. Split it into smaller files, each starting with the header row, and import them one after the other.</translation>
    </message>
    <message>
        <source>Line %1 holds binary data (a zero byte): this is not a CSV file, or it is damaged from there on. Choose a CSV file, or save your spreadsheet as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>Line %1 holds binary data (a zero byte): this is not a CSV file, or it is damaged from there on. Choose a CSV file, or save your spreadsheet as &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>Line %1: a value opens a double quote (&quot;) that is not closed within %2, so the rest of the file was not read. Add the missing closing quote, or remove the stray one.</source>
        <translation>Line %1: a value opens a double quote (&quot;) that is not closed within %2, so the rest of the file was not read. Add the missing closing quote, or remove the stray one.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2, the most Setia reads in one row, so the rest of the file was not read. Check that the file is the CSV file you meant and that each row ends with a line break.</source>
        <translation>Line %1 is longer than %2, the most Setia reads in one row, so the rest of the file was not read. Check that the file is the CSV file you meant and that each row ends with a line break.</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Setia was reading it. Save it and close it there, then choose it again.</source>
        <translation>%1 was changed by another program while Setia was reading it. Save it and close it there, then choose it again.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The folder %1 does not exist, so %2 cannot be saved. Choose another folder.</source>
        <translation>The folder %1 does not exist, so %2 cannot be saved. Choose another folder.</translation>
    </message>
    <message>
        <source>%1 cannot be written (it or its folder is read-only). Choose another folder, or check the permissions.</source>
        <translation>%1 cannot be written (it or its folder is read-only). Choose another folder, or check the permissions.</translation>
    </message>
    <message>
        <source>Setia cannot create %1 (%2). Choose another name or folder.</source>
        <translation>Setia cannot create %1 (%2). Choose another name or folder.</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>the CSV file</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not saved. Free some space and try again.</source>
        <translation>The disk is full, so %1 was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>Setia could not write %1 (%2). Check the disk and that you may write to the folder, then try again.</source>
        <translation>Setia could not write %1 (%2). Check the disk and that you may write to the folder, then try again.</translation>
    </message>
</context>
<context>
    <name>CustomerCardReport</name>
    <message>
        <source>Customer record card</source>
        <translation>Customer record card</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · as of %3</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Member code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation>credit %1</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>cash only</source>
        <translation>cash only</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Owed now</source>
        <translation>Owed now</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Balance owed</translation>
    </message>
    <message>
        <source>No transactions yet.</source>
        <translation>No transactions yet.</translation>
    </message>
    <message>
        <source>Balance owed on %1</source>
        <translation>Balance owed on %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>Average per purchase</source>
        <translation>Average per purchase</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Favourite items</source>
        <translation>Favourite items</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>What is owed, by days past due</source>
        <translation>What is owed, by days past due</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid ahead: %1 is held as credit for the next credit sales.</source>
        <translation>Paid ahead: %1 is held as credit for the next credit sales.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>OVERDUE — %1</source>
        <translation>OVERDUE — %1</translation>
    </message>
    <message>
        <source>Contacts and follow-ups</source>
        <translation>Contacts and follow-ups</translation>
    </message>
</context>
<context>
    <name>CustomerCardService</name>
    <message>
        <source>This customer does not exist. Search for them again.</source>
        <translation>This customer does not exist. Search for them again.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Payment (%1)</source>
        <translation>Payment (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImport</name>
    <message>
        <source>kind &quot;%1&quot; is neither person nor business.</source>
        <translation>kind &quot;%1&quot; is neither person nor business.</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not one of walk_in, referral, member_card, event, sales_visit, exhibition, online, other.</source>
        <translation>source &quot;%1&quot; is not one of walk_in, referral, member_card, event, sales_visit, exhibition, online, other.</translation>
    </message>
    <message>
        <source>visit_days &quot;%1&quot; is not a list of weekdays such as mon,thu or sen,kam.</source>
        <translation>visit_days &quot;%1&quot; is not a list of weekdays such as mon,thu or sen,kam.</translation>
    </message>
    <message>
        <source>code %1 appears twice in the file.</source>
        <translation>code %1 appears twice in the file.</translation>
    </message>
    <message>
        <source>code %1 already belongs to %2 in Setia.</source>
        <translation>code %1 already belongs to %2 in Setia.</translation>
    </message>
    <message>
        <source>phone %1 is also the phone of %2, earlier in the file.</source>
        <translation>phone %1 is also the phone of %2, earlier in the file.</translation>
    </message>
    <message>
        <source>phone %1 already belongs to %2 (%3) in Setia.</source>
        <translation>phone %1 already belongs to %2 (%3) in Setia.</translation>
    </message>
</context>
<context>
    <name>CustomerTexts</name>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Sales visit</source>
        <translation>Sales visit</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>DataSafetyService</name>
    <message>
        <source>The file is damaged: %1</source>
        <translation>The file is damaged: %1</translation>
    </message>
    <message>
        <source>A reference points at nothing: %1</source>
        <translation>A reference points at nothing: %1</translation>
    </message>
    <message>
        <source>Sale %1: its lines add up to %2 but it says %3 (revenue %4, discount %5).</source>
        <translation>Sale %1: its lines add up to %2 but it says %3 (revenue %4, discount %5).</translation>
    </message>
    <message>
        <source>Customer %1: points add up to %2, below zero.</source>
        <translation>Customer %1: points add up to %2, below zero.</translation>
    </message>
    <message>
        <source>Customer %1: stamps on the card %2 add up to %3, below zero.</source>
        <translation>Customer %1: stamps on the card %2 add up to %3, below zero.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name.</source>
        <translation>%1 is a folder, not a database file. Choose a file name.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Setia. Choose a Setia database file or a new file name.</source>
        <translation>%1 is a database of another program, not of Setia. Choose a Setia database file or a new file name.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Setia (data version %1; this Setia reads up to %2). Install the newer Setia to open it; the file was not changed.</source>
        <translation>This database was written by a newer version of Setia (data version %1; this Setia reads up to %2). Install the newer Setia to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the name and the folder; a new database is made only on purpose (a new shop, the demo or a restore).</source>
        <translation>There is no database at %1. Check the name and the folder; a new database is made only on purpose (a new shop, the demo or a restore).</translation>
    </message>
    <message>
        <source>%1 can only be read: the file or its folder is read-only. Nothing can be saved; to work in it, copy it to a folder you can write to, or ask whoever manages this computer for write permission.</source>
        <translation>%1 can only be read: the file or its folder is read-only. Nothing can be saved; to work in it, copy it to a folder you can write to, or ask whoever manages this computer for write permission.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so Setia opened it read-only: nothing can be saved. Free some space on that drive and open Setia again; nothing was changed.</source>
        <translation>The disk holding %1 is full, so Setia opened it read-only: nothing can be saved. Free some space on that drive and open Setia again; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 was written by an older Setia and must be upgraded before it is used, but it cannot be written. %2</source>
        <translation>%1 was written by an older Setia and must be upgraded before it is used, but it cannot be written. %2</translation>
    </message>
    <message>
        <source>Setia must back up the database before upgrading it, and the backup failed, so nothing was changed: %1</source>
        <translation>Setia must back up the database before upgrading it, and the backup failed, so nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>%1 does not exist or is not a file. Check the name.</source>
        <translation>%1 does not exist or is not a file. Check the name.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
    <message>
        <source>%1 is not a Setia database (or is damaged beyond reading).</source>
        <translation>%1 is not a Setia database (or is damaged beyond reading).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Setia (data version %2; this Setia reads up to %3).</source>
        <translation>%1 was written by a newer Setia (data version %2; this Setia reads up to %3).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>A database in memory has no file to back up.</source>
        <translation>A database in memory has no file to back up.</translation>
    </message>
    <message>
        <source>%1 is the database itself: choose another file for the backup.</source>
        <translation>%1 is the database itself: choose another file for the backup.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: Setia does not write through one. Choose another file.</source>
        <translation>%1 is a symbolic link: Setia does not write through one. Choose another file.</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was deleted: %1</source>
        <translation>The backup did not pass its check and was deleted: %1</translation>
    </message>
    <message>
        <source>its rows differ from the database&apos;s</source>
        <translation>its rows differ from the database&apos;s</translation>
    </message>
    <message>
        <source>The backup could not be put at %1 (%2).</source>
        <translation>The backup could not be put at %1 (%2).</translation>
    </message>
    <message>
        <source>The database kept changing while it was copied. Try the backup again when the shop is quieter.</source>
        <translation>The database kept changing while it was copied. Try the backup again when the shop is quieter.</translation>
    </message>
    <message>
        <source>A database in memory cannot be restored into.</source>
        <translation>A database in memory cannot be restored into.</translation>
    </message>
    <message>
        <source>%1 is the database itself: choose a backup to restore.</source>
        <translation>%1 is the database itself: choose a backup to restore.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>The current data could not be backed up first, so nothing was restored: %1</source>
        <translation>The current data could not be backed up first, so nothing was restored: %1</translation>
    </message>
    <message>
        <source>The restore failed: %1 The data before it is in %2.</source>
        <translation>The restore failed: %1 The data before it is in %2.</translation>
    </message>
    <message>
        <source>%1 is the database itself: writing there would destroy it. Choose another file; nothing was written.</source>
        <translation>%1 is the database itself: writing there would destroy it. Choose another file; nothing was written.</translation>
    </message>
    <message>
        <source>The database cannot be read for the backup. Check that the file is still there and readable.</source>
        <translation>The database cannot be read for the backup. Check that the file is still there and readable.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--customers takes a whole number from 0 to %1.</source>
        <translation>--customers takes a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed takes a whole number.</translation>
    </message>
    <message>
        <source>--end takes a date as YYYY-MM-DD.</source>
        <translation>--end takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--sales takes a whole number from 0 to %1.</source>
        <translation>--sales takes a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>Demo data written: %1 customers, %2 products, %3 sales with %4 lines and %5 payments in %6 s</source>
        <translation>Demo data written: %1 customers, %2 products, %3 sales with %4 lines and %5 payments in %6 s</translation>
    </message>
    <message>
        <source>--end may not lie after today: nothing is recorded in the future.</source>
        <translation>--end may not lie after today: nothing is recorded in the future.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation>The number of demo customers must be between 0 and %1.</translation>
    </message>
    <message>
        <source>This database already holds customers or products. Demo data goes into a new file: give another name with --db.</source>
        <translation>This database already holds customers or products. Demo data goes into a new file: give another name with --db.</translation>
    </message>
    <message>
        <source>The number of demo sales must be between 0 and %1.</source>
        <translation>The number of demo sales must be between 0 and %1.</translation>
    </message>
    <message>
        <source>The demo&apos;s last day, %1, lies after today: nothing is recorded in the future. Choose today or an earlier day.</source>
        <translation>The demo&apos;s last day, %1, lies after today: nothing is recorded in the future. Choose today or an earlier day.</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Products</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Sales</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <source>Names, phone numbers, addresses and credit terms. Rows without a member code get a new one.</source>
        <translation>Names, phone numbers, addresses and credit terms. Rows without a member code get a new one.</translation>
    </message>
    <message>
        <source>The catalogue: SKU, name, category, unit, price and cost. An SKU already in Setia is refused.</source>
        <translation>The catalogue: SKU, name, category, unit, price and cost. An SKU already in Setia is refused.</translation>
    </message>
    <message>
        <source>One row per item sold; rows with the same receipt form one sale. Import the customers and products first.</source>
        <translation>One row per item sold; rows with the same receipt form one sale. Import the customers and products first.</translation>
    </message>
    <message>
        <source>Payments received from customers; each pays their oldest credit sales first.</source>
        <translation>Payments received from customers; each pays their oldest credit sales first.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>Import sales</translation>
    </message>
    <message>
        <source>Import payments</source>
        <translation>Import payments</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Export sales</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Export payments</translation>
    </message>
    <message>
        <source>customers</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>customers</translation>
    </message>
    <message>
        <source>products</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>products</translation>
    </message>
    <message>
        <source>sales</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>sales</translation>
    </message>
    <message>
        <source>payments</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>payments</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Member code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Person or business</source>
        <translation>Person or business</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>How they came</source>
        <translation>How they came</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Visit days</source>
        <translation>Visit days</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Payment terms (days)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer&apos;s member code</source>
        <translation>Customer&apos;s member code</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Cash or credit</source>
        <translation>Cash or credit</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>Calls, visits and messages from a notebook or another program: date, member code, kind (call, visit, whatsapp, sms, email, meeting, note), staff, what was said and what came of it. They join each customer&apos;s timeline.</source>
        <translation>Calls, visits and messages from a notebook or another program: date, member code, kind (call, visit, whatsapp, sms, email, meeting, note), staff, what was said and what came of it. They join each customer&apos;s timeline.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>contacts</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Sur&amp;veys</source>
        <translation>Sur&amp;veys</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>Co&amp;mplaints</translation>
    </message>
    <message>
        <source>Answers to the satisfaction survey: date, member code (empty: anonymous), channel, recommendation score 0–10, satisfaction 1–5, comment, receipt.</source>
        <translation>Answers to the satisfaction survey: date, member code (empty: anonymous), channel, recommendation score 0–10, satisfaction 1–5, comment, receipt.</translation>
    </message>
    <message>
        <source>Complaints from a book or another program: number, date, member code, receipt, category, priority, status, what the customer said and what the remedy cost.</source>
        <translation>Complaints from a book or another program: number, date, member code, receipt, category, priority, status, what the customer said and what the remedy cost.</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Import survey answers</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>Import complaints</translation>
    </message>
    <message>
        <source>Export survey answers</source>
        <translation>Export survey answers</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>Export complaints</translation>
    </message>
    <message>
        <source>surveys</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>surveys</translation>
    </message>
    <message>
        <source>complaints</source>
        <extracomment>The start of a file name: lower case, no spaces.</extracomment>
        <translation>complaints</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export segments needs a file name.</source>
        <translation>export segments needs a file name.</translation>
    </message>
    <message>
        <source>--as-of goes with export segments only.</source>
        <translation>--as-of goes with export segments only.</translation>
    </message>
</context>
<context>
    <name>FirstPaintScreenshot</name>
    <message>
        <source>Error: the screenshot could not be written to %1</source>
        <translation>Error: the screenshot could not be written to %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>The rejected rows were written to %1; correct them there and import that file.</source>
        <translation>The rejected rows were written to %1; correct them there and import that file.</translation>
    </message>
    <message>
        <source>Another program is writing to the database; waiting for it to finish (up to %1 minutes)…</source>
        <translation>Another program is writing to the database; waiting for it to finish (up to %1 minutes)…</translation>
    </message>
    <message>
        <source>%1 needs what (customers, products, sales, payments, interactions, surveys or tickets) and a file name.</source>
        <translation>%1 needs what (customers, products, sales, payments, interactions, surveys or tickets) and a file name.</translation>
    </message>
    <message>
        <source>Cannot %1 &quot;%2&quot;: choose customers, products, sales, payments, interactions, surveys or tickets.</source>
        <translation>Cannot %1 &quot;%2&quot;: choose customers, products, sales, payments, interactions, surveys or tickets.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file has no column for: %1. Name the columns in the first row as %2, or choose which column holds each.</source>
        <translation>The file has no column for: %1. Name the columns in the first row as %2, or choose which column holds each.</translation>
    </message>
    <message>
        <source>This import is not in the journal.</source>
        <translation>This import is not in the journal.</translation>
    </message>
    <message>
        <source>This import was undone already, on %1.</source>
        <translation>This import was undone already, on %1.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>customers it brought in were changed or merged since (%1).</source>
        <translation>customers it brought in were changed or merged since (%1).</translation>
    </message>
    <message>
        <source>products it brought in were changed since (%1).</source>
        <translation>products it brought in were changed since (%1).</translation>
    </message>
    <message>
        <source>sales it brought in were voided since (%1).</source>
        <translation>sales it brought in were voided since (%1).</translation>
    </message>
    <message>
        <source>payments it brought in were voided since (%1).</source>
        <translation>payments it brought in were voided since (%1).</translation>
    </message>
    <message>
        <source>This import cannot be undone: %1 Undoing it would lose that change. %2</source>
        <translation>This import cannot be undone: %1 Undoing it would lose that change. %2</translation>
    </message>
    <message>
        <source>products it brought in are on sales or stamp cards since (%1).</source>
        <translation>products it brought in are on sales or stamp cards since (%1).</translation>
    </message>
    <message>
        <source>This import cannot be undone: %1 %2</source>
        <translation>This import cannot be undone: %1 %2</translation>
    </message>
    <message>
        <source>points, stamps or interactions were recorded on sales it brought in since (%1).</source>
        <translation>points, stamps or interactions were recorded on sales it brought in since (%1).</translation>
    </message>
    <message>
        <source>customers it brought in have sales, payments, points, stamps, interactions, follow-ups, complaints, survey answers or a place on a route recorded since (%1).</source>
        <translation>customers it brought in have sales, payments, points, stamps, interactions, follow-ups, complaints, survey answers or a place on a route recorded since (%1).</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Database ready: %1 (data version %2)</source>
        <translation>Database ready: %1 (data version %2)</translation>
    </message>
    <message>
        <source>The file was upgraded; its earlier version was copied to %1</source>
        <translation>The file was upgraded; its earlier version was copied to %1</translation>
    </message>
</context>
<context>
    <name>InteractionCsvImport</name>
    <message>
        <source>customer_code is empty: say who the contact was with.</source>
        <translation>customer_code is empty: say who the contact was with.</translation>
    </message>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, or correct the code.</source>
        <translation>customer_code %1 is not a customer. Import the customers first, or correct the code.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of contact: use call, visit, whatsapp, sms, email, meeting or note (telepon, kunjungan, wa, rapat, catatan).</source>
        <translation>kind &quot;%1&quot; is not a kind of contact: use call, visit, whatsapp, sms, email, meeting or note (telepon, kunjungan, wa, rapat, catatan).</translation>
    </message>
</context>
<context>
    <name>KwitansiSheet</name>
    <message>
        <source>The printer or the file could not be started. Check the printer, then try again.</source>
        <translation>The printer or the file could not be started. Check the printer, then try again.</translation>
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
        <translation>Received from</translation>
    </message>
    <message>
        <source>The sum of</source>
        <translation>The sum of</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>payment of what is owed</source>
        <translation>payment of what is owed</translation>
    </message>
    <message>
        <source>payment of what is owed (%1)</source>
        <translation>payment of what is owed (%1)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>VOIDED: %1</translation>
    </message>
    <message>
        <source>Received by,</source>
        <translation>Received by,</translation>
    </message>
    <message>
        <source>The document could not be finished. Try again.</source>
        <translation>The document could not be finished. Try again.</translation>
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
        <translation>Follow-up late since %1: %2</translation>
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
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>LoyaltyService</name>
    <message>
        <source>Sale %1 voided: %2</source>
        <translation>Sale %1 voided: %2</translation>
    </message>
    <message>
        <source>Say why the points are changed.</source>
        <translation>Say why the points are changed.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>The reason is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Give the number of points to add or take.</source>
        <translation>Give the number of points to add or take.</translation>
    </message>
    <message>
        <source>The customer has %1 points: at most %1 can be taken.</source>
        <translation>The customer has %1 points: at most %1 can be taken.</translation>
    </message>
    <message>
        <source>The member has %1 points: at most %1 can be used.</source>
        <translation>The member has %1 points: at most %1 can be used.</translation>
    </message>
    <message>
        <source>Not used within %1 months</source>
        <translation>Not used within %1 months</translation>
    </message>
    <message>
        <source>Only a member&apos;s sale earns points, and more than 0 of them.</source>
        <translation>Only a member&apos;s sale earns points, and more than 0 of them.</translation>
    </message>
</context>
<context>
    <name>MemberCardSheet</name>
    <message>
        <source>MEMBER CARD</source>
        <translation>MEMBER CARD</translation>
    </message>
    <message>
        <source>Choose at least one member to print.</source>
        <translation>Choose at least one member to print.</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Member cards</translation>
    </message>
</context>
<context>
    <name>MemberSlip</name>
    <message>
        <source>Receipt roll</source>
        <translation>Receipt roll</translation>
    </message>
    <message>
        <source>Member slip %1</source>
        <translation>Member slip %1</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEMBER</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <source>Worth %1 on your next purchase</source>
        <translation>Worth %1 on your next purchase</translation>
    </message>
    <message>
        <source>Printed %1 %2</source>
        <translation>Printed %1 %2</translation>
    </message>
    <message>
        <source>Points expire %1 months after they are earned.</source>
        <translation>Points expire %1 months after they are earned.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 stamps</source>
        <translation>%1: %2 of %3 stamps</translation>
    </message>
    <message>
        <source>%1 × %2 free, ready to take</source>
        <translation>%1 × %2 free, ready to take</translation>
    </message>
    <message>
        <source>The printer does not take a receipt roll&apos;s page. Choose the receipt printer in Settings.</source>
        <translation>The printer does not take a receipt roll&apos;s page. Choose the receipt printer in Settings.</translation>
    </message>
    <message>
        <source>The slip could not be printed: the printer or the file is not ready. Check it and try again.</source>
        <translation>The slip could not be printed: the printer or the file is not ready. Check it and try again.</translation>
    </message>
    <message>
        <source>The slip could not be printed completely. Check the printer and print it again.</source>
        <translation>The slip could not be printed completely. Check the printer and print it again.</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation>The search for duplicates was stopped.</translation>
    </message>
    <message>
        <source>This customer no longer exists or was merged into another. Close the window and search again.</source>
        <translation>This customer no longer exists or was merged into another. Close the window and search again.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themself. Choose two customers.</source>
        <translation>A customer cannot be merged with themself. Choose two customers.</translation>
    </message>
    <message>
        <source>This merge is not in the journal.</source>
        <translation>This merge is not in the journal.</translation>
    </message>
    <message>
        <source>This merge was undone already, on %1.</source>
        <translation>This merge was undone already, on %1.</translation>
    </message>
    <message>
        <source>%1 or %2 was merged again later. Undo that later merge first.</source>
        <translation>%1 or %2 was merged again later. Undo that later merge first.</translation>
    </message>
    <message>
        <source>The kept customer no longer exists.</source>
        <translation>The kept customer no longer exists.</translation>
    </message>
    <message>
        <source>Points or stamps of the merged records were used since the merge: undoing it would leave %1 below zero. Nothing was changed.</source>
        <translation>Points or stamps of the merged records were used since the merge: undoing it would leave %1 below zero. Nothing was changed.</translation>
    </message>
    <message>
        <source>The journal of this merge cannot be read, so it cannot be undone.</source>
        <translation>The journal of this merge cannot be read, so it cannot be undone.</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompter</name>
    <message>
        <source>Saved as %1 in %2.</source>
        <translation>Saved as %1 in %2.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Show &amp;folder</translation>
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
        <translation>Letter (8.5 × 11 in)</translation>
    </message>
</context>
<context>
    <name>PaymentCsvImport</name>
    <message>
        <source>customer_code is empty: say who paid.</source>
        <translation>customer_code is empty: say who paid.</translation>
    </message>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, or correct the code.</source>
        <translation>customer_code %1 is not a customer. Import the customers first, or correct the code.</translation>
    </message>
</context>
<context>
    <name>PaymentReceipt</name>
    <message>
        <source>RECEIPT (KWITANSI)</source>
        <translation>RECEIPT (KWITANSI)</translation>
    </message>
    <message>
        <source>Received from: %1 (%2)</source>
        <translation>Received from: %1 (%2)</translation>
    </message>
    <message>
        <source>The sum of: %1</source>
        <translation>The sum of: %1</translation>
    </message>
    <message>
        <source>For: payment of what is owed</source>
        <translation>For: payment of what is owed</translation>
    </message>
    <message>
        <source>For: payment of what is owed (%1)</source>
        <translation>For: payment of what is owed (%1)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>VOIDED: %1</translation>
    </message>
    <message>
        <source>Received by,</source>
        <translation>Received by,</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Choose a file to save the PDF to.</source>
        <translation>Choose a file to save the PDF to.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>The folder %1 does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Check that you may write to the folder %2 and that the file is not open in another program.</source>
        <translation>%1 cannot be written. Check that you may write to the folder %2 and that the file is not open in another program.</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF was not saved. Free some space and try again.</source>
        <translation>The disk is full, so the PDF was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>The PDF could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, dashes and a leading +. Example: 0812-3456-7890.</source>
        <translation>A phone number may hold only digits, spaces, dashes and a leading +. Example: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>The phone number has no digits. Example: 0812-3456-7890.</source>
        <translation>The phone number has no digits. Example: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>After + comes the country code, which never starts with 0. Example: +62 812-3456-7890.</source>
        <translation>After + comes the country code, which never starts with 0. Example: +62 812-3456-7890.</translation>
    </message>
    <message>
        <source>An international number has %1 to %2 digits after the +.</source>
        <translation>An international number has %1 to %2 digits after the +.</translation>
    </message>
    <message>
        <source>Write the number with its leading 0 (0812…) or with the country code (+62 812…).</source>
        <translation>Write the number with its leading 0 (0812…) or with the country code (+62 812…).</translation>
    </message>
    <message>
        <source>The phone number is too short: an Indonesian number has %1 to %2 digits after 0. Example: 0812-3456-7890.</source>
        <translation>The phone number is too short: an Indonesian number has %1 to %2 digits after 0. Example: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>The phone number is too long: an Indonesian number has %1 to %2 digits after 0. Example: 0812-3456-7890.</source>
        <translation>The phone number is too long: an Indonesian number has %1 to %2 digits after 0. Example: 0812-3456-7890.</translation>
    </message>
    <message>
        <source>After the country code 62 (or the leading 0) the number cannot start with 0 again. Example: 0812-3456-7890.</source>
        <translation>After the country code 62 (or the leading 0) the number cannot start with 0 again. Example: 0812-3456-7890.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 cannot be created: the disk is full. Free some space on the drive holding %2, then try again; nothing was changed.</source>
        <translation>%1 cannot be created: the disk is full. Free some space on the drive holding %2, then try again; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 already exists: Setia does not write over it. Choose another name.</source>
        <translation>%1 already exists: Setia does not write over it. Choose another name.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is read-only. Choose another folder, or check its permissions.</source>
        <translation>%1 cannot be created: the folder is read-only. Choose another folder, or check its permissions.</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2). Choose another place.</source>
        <translation>%1 cannot be created (%2). Choose another place.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another place, or check the permissions of the folder above it.</source>
        <translation>The folder %1 cannot be created. Choose another place, or check the permissions of the folder above it.</translation>
    </message>
</context>
<context>
    <name>ProductCsvImport</name>
    <message>
        <source>sku %1 appears twice in the file.</source>
        <translation>sku %1 appears twice in the file.</translation>
    </message>
    <message>
        <source>sku %1 is already a product in Setia. Change it there, or use another SKU.</source>
        <translation>sku %1 is already a product in Setia. Change it there, or use another SKU.</translation>
    </message>
</context>
<context>
    <name>ProfitabilityService</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Customer profitability</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Cost of goods</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Rewards</translation>
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
        <translation>Trend 90 days</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>Over the 365 days up to the date. Sales before point discounts − cost of the goods paid for − rewards (free items at cost, point discounts and what complaints&apos; remedies cost) = margin. Trend: revenue of the last 90 days against the 90 days before.</source>
        <translation>Over the 365 days up to the date. Sales before point discounts − cost of the goods paid for − rewards (free items at cost, point discounts and what complaints&apos; remedies cost) = margin. Trend: revenue of the last 90 days against the 90 days before.</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>%1
Page %2 of %3</source>
        <translation>%1
Page %2 of %3</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>No printer is set up on this computer. Add the receipt printer to the system, then choose it in Settings.</source>
        <translation>No printer is set up on this computer. Add the receipt printer to the system, then choose it in Settings.</translation>
    </message>
    <message>
        <source>The receipt printer %1 is not available. Switch it on and connect it, or choose another printer in Settings.</source>
        <translation>The receipt printer %1 is not available. Switch it on and connect it, or choose another printer in Settings.</translation>
    </message>
</context>
<context>
    <name>ReceiptRoll</name>
    <message>
        <source>Receipt roll</source>
        <translation>Receipt roll</translation>
    </message>
    <message>
        <source>The printer does not take a page of %1 × %2 mm. Choose the receipt printer and its roll in Settings.</source>
        <translation>The printer does not take a page of %1 × %2 mm. Choose the receipt printer and its roll in Settings.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: the printer or the file is not ready. Check it and try again.</source>
        <translation>The receipt could not be printed: the printer or the file is not ready. Check it and try again.</translation>
    </message>
    <message>
        <source>The receipt could not be printed completely. Check the printer and print it again.</source>
        <translation>The receipt could not be printed completely. Check the printer and print it again.</translation>
    </message>
</context>
<context>
    <name>ReceiptService</name>
    <message>
        <source>This sale no longer exists.</source>
        <translation>This sale no longer exists.</translation>
    </message>
    <message>
        <source>The customer of this payment no longer exists.</source>
        <translation>The customer of this payment no longer exists.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <source>Documents can only be printed by a program with a graphical interface (QGuiApplication).</source>
        <translation>Documents can only be printed by a program with a graphical interface (QGuiApplication).</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>The printer or the file could not be started. Check the printer, then try again.</source>
        <translation>The printer or the file could not be started. Check the printer, then try again.</translation>
    </message>
    <message>
        <source>The printer stopped after page %1. Check the printer, then print again.</source>
        <translation>The printer stopped after page %1. Check the printer, then print again.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The document could not be finished. Try again.</source>
        <translation>The document could not be finished. Try again.</translation>
    </message>
    <message>
        <source>Choose a file to save the PDF to.</source>
        <translation>Choose a file to save the PDF to.</translation>
    </message>
    <message>
        <source>Stopped: nothing was printed or saved.</source>
        <translation>Stopped: nothing was printed or saved.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Customer list</source>
        <translation>Customer list</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Receivables aging</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payments go to the oldest credit sales first; days past the due date on the report&apos;s date.</source>
        <translation>Payments go to the oldest credit sales first; days past the due date on the report&apos;s date.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Sales by customer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Sales by product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Sales by day</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Sales by month</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Walk-in customers</source>
        <translation>Walk-in customers</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 products</translation>
    </message>
    <message>
        <source>Amounts are the lines&apos; amounts, before discounts on whole sales; Sales counts the sales holding the product.</source>
        <translation>Amounts are the lines&apos; amounts, before discounts on whole sales; Sales counts the sales holding the product.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Loyalty members and points</source>
        <translation>Loyalty members and points</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Spent in a year</source>
        <translation>Spent in a year</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <source>%1 customers · as of %2</source>
        <translation>%1 customers · as of %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Balance owed</translation>
    </message>
</context>
<context>
    <name>RuleSegmentService</name>
    <message>
        <source>Group %1 has no condition: add one or remove the group.</source>
        <translation>Group %1 has no condition: add one or remove the group.</translation>
    </message>
    <message>
        <source>Condition %1 of group %2 has a value that does not fit its field: choose one from the list, or type a number, an amount or a date (YYYY-MM-DD).</source>
        <translation>Condition %1 of group %2 has a value that does not fit its field: choose one from the list, or type a number, an amount or a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Add at least one condition.</translation>
    </message>
    <message>
        <source>A segment has at most %1 conditions.</source>
        <translation>A segment has at most %1 conditions.</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Give the segment a name.</translation>
    </message>
    <message>
        <source>A segment&apos;s name has at most %1 characters.</source>
        <translation>A segment&apos;s name has at most %1 characters.</translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; exists already: choose another name.</source>
        <translation>A segment named &quot;%1&quot; exists already: choose another name.</translation>
    </message>
    <message>
        <source>This segment does not exist any more.</source>
        <translation>This segment does not exist any more.</translation>
    </message>
</context>
<context>
    <name>SaleCsvImport</name>
    <message>
        <source>receipt is empty: every row needs the receipt number of its sale.</source>
        <translation>receipt is empty: every row needs the receipt number of its sale.</translation>
    </message>
    <message>
        <source>receipt has more than 40 characters.</source>
        <translation>receipt has more than 40 characters.</translation>
    </message>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, or correct the code.</source>
        <translation>customer_code %1 is not a customer. Import the customers first, or correct the code.</translation>
    </message>
    <message>
        <source>sku is empty: name the product of this line.</source>
        <translation>sku is empty: name the product of this line.</translation>
    </message>
    <message>
        <source>sku %1 is not a product. Import the products first, or correct the SKU.</source>
        <translation>sku %1 is not a product. Import the products first, or correct the SKU.</translation>
    </message>
    <message>
        <source>payment &quot;%1&quot; is neither cash nor credit.</source>
        <translation>payment &quot;%1&quot; is neither cash nor credit.</translation>
    </message>
    <message>
        <source>a credit sale needs a customer_code: say who owes the amount.</source>
        <translation>a credit sale needs a customer_code: say who owes the amount.</translation>
    </message>
    <message>
        <source>the rows of receipt %1 have different dates.</source>
        <translation>the rows of receipt %1 have different dates.</translation>
    </message>
    <message>
        <source>the rows of receipt %1 name different customers.</source>
        <translation>the rows of receipt %1 name different customers.</translation>
    </message>
    <message>
        <source>the rows of receipt %1 mix cash and credit.</source>
        <translation>the rows of receipt %1 mix cash and credit.</translation>
    </message>
    <message>
        <source>Give each sale its own receipt number.</source>
        <translation>Give each sale its own receipt number.</translation>
    </message>
    <message>
        <source>sale_discount of receipt %1 is more than its lines.</source>
        <translation>sale_discount of receipt %1 is more than its lines.</translation>
    </message>
    <message>
        <source>receipt %1 is already in Setia: this sale was imported or entered before.</source>
        <translation>receipt %1 is already in Setia: this sale was imported or entered before.</translation>
    </message>
    <message>
        <source>line %1 of receipt %2 was refused, and a sale is imported whole or not at all: correct that line.</source>
        <translation>line %1 of receipt %2 was refused, and a sale is imported whole or not at all: correct that line.</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>receipt %1: %2</translation>
    </message>
</context>
<context>
    <name>SaleReceipt</name>
    <message>
        <source>COPY — printed %1</source>
        <translation>COPY — printed %1</translation>
    </message>
    <message>
        <source>Member: %1 (%2)</source>
        <translation>Member: %1 (%2)</translation>
    </message>
    <message>
        <source>  discount</source>
        <translation>  discount</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>%1 points used</source>
        <translation>%1 points used</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>On credit, due %1</source>
        <translation>On credit, due %1</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>VOIDED: %1</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <source>%1 × %2 free, ready to take</source>
        <translation>%1 × %2 free, ready to take</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>Thank you for your visit</translation>
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
        <translation>not enough data</translation>
    </message>
    <message>
        <source>Customer satisfaction (NPS and CSAT)</source>
        <translation>Customer satisfaction (NPS and CSAT)</translation>
    </message>
    <message>
        <source>Answers of %1 – %2</source>
        <translation>Answers of %1 – %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Margin (95 %)</source>
        <translation>Margin (95 %)</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT answers</translation>
    </message>
    <message>
        <source>CSAT 4–5</source>
        <translation>CSAT 4–5</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>NPS counts each customer&apos;s latest score of the period once and every anonymous answer: 9–10 promote, 7–8 are passive, 0–6 detract; NPS = the share of promoters less that of detractors. Groups are the customer&apos;s segments on %1. The margin is shown from %2 answers; CSAT is the share of 4 and 5.</source>
        <translation>NPS counts each customer&apos;s latest score of the period once and every anonymous answer: 9–10 promote, 7–8 are passive, 0–6 detract; NPS = the share of promoters less that of detractors. Groups are the customer&apos;s segments on %1. The margin is shown from %2 answers; CSAT is the share of 4 and 5.</translation>
    </message>
    <message>
        <source>What customers wrote</source>
        <translation>What customers wrote</translation>
    </message>
    <message>
        <source>No answer of this period came with a comment.</source>
        <translation>No answer of this period came with a comment.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>SegmentMembersReport</name>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>As of %1 · %2 customers</source>
        <translation>As of %1 · %2 customers</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM segment</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>Revenue 365 days</source>
        <translation>Revenue 365 days</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
</context>
<context>
    <name>SegmentNames</name>
    <message>
        <source>Big</source>
        <translation>Big</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>No tier</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Can&apos;t lose them</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>About to sleep</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Need attention</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>Potential loyalist</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>Credit status</translation>
    </message>
    <message>
        <source>Contribution tier</source>
        <translation>Contribution tier</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM segment</translation>
    </message>
    <message>
        <source>Profit group</source>
        <translation>Profit group</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Days since last purchase</translation>
    </message>
    <message>
        <source>Purchases (365 days)</source>
        <translation>Purchases (365 days)</translation>
    </message>
    <message>
        <source>Revenue (365 days)</source>
        <translation>Revenue (365 days)</translation>
    </message>
    <message>
        <source>Margin (365 days)</source>
        <translation>Margin (365 days)</translation>
    </message>
    <message>
        <source>Revenue (90 days)</source>
        <translation>Revenue (90 days)</translation>
    </message>
    <message>
        <source>R score</source>
        <translation>R score</translation>
    </message>
    <message>
        <source>F score</source>
        <translation>F score</translation>
    </message>
    <message>
        <source>M score</source>
        <translation>M score</translation>
    </message>
    <message>
        <source>Projected next month</source>
        <translation>Projected next month</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Lifetime value</translation>
    </message>
    <message>
        <source>Margin to date</source>
        <translation>Margin to date</translation>
    </message>
    <message>
        <source>Person or business</source>
        <translation>Person or business</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Came through</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>does not contain</translation>
    </message>
    <message>
        <source>below</source>
        <translation>below</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>above</source>
        <translation>above</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Member card</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Sales visit</source>
        <translation>Sales visit</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Flagged as a bad customer → %1</source>
        <translation>Flagged as a bad customer → %1</translation>
    </message>
    <message>
        <source>No purchase yet → %1</source>
        <translation>No purchase yet → %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>Last purchase %1 days ago (%2) → %3</source>
        <translation>Last purchase %1 days ago (%2) → %3</translation>
    </message>
    <message>
        <source>Revenue %1 in 365 days, among the customers who bring the first %2 % of revenue → big</source>
        <translation>Revenue %1 in 365 days, among the customers who bring the first %2 % of revenue → big</translation>
    </message>
    <message>
        <source>Revenue %1 in 365 days, among the customers who bring %2–%3 % of revenue → regular</source>
        <translation>Revenue %1 in 365 days, among the customers who bring %2–%3 % of revenue → regular</translation>
    </message>
    <message>
        <source>Revenue %1 in 365 days, among the customers who bring the last %2 % of revenue → micro</source>
        <translation>Revenue %1 in 365 days, among the customers who bring the last %2 % of revenue → micro</translation>
    </message>
    <message>
        <source>No revenue in the last 365 days → no tier</source>
        <translation>No revenue in the last 365 days → no tier</translation>
    </message>
    <message>
        <source>No purchase in the last 365 days → %1</source>
        <translation>No purchase in the last 365 days → %1</translation>
    </message>
    <message>
        <source>R %1 (last purchase %2 days ago) · F %3 (%4 purchases) · M %5 (%6) → %7</source>
        <translation>R %1 (last purchase %2 days ago) · F %3 (%4 purchases) · M %5 (%6) → %7</translation>
    </message>
    <message>
        <source>Margin %1 in 365 days, among the customers who bring the first %2 % of margin → major</source>
        <translation>Margin %1 in 365 days, among the customers who bring the first %2 % of margin → major</translation>
    </message>
    <message>
        <source>Margin %1; first purchase %2 days ago → potential</source>
        <translation>Margin %1; first purchase %2 days ago → potential</translation>
    </message>
    <message>
        <source>Margin %1; revenue %2 in the last 90 days, nothing in the 90 before → potential</source>
        <translation>Margin %1; revenue %2 in the last 90 days, nothing in the 90 before → potential</translation>
    </message>
    <message>
        <source>Margin %1; revenue %2 in the last 90 days against %3 in the 90 before → potential</source>
        <translation>Margin %1; revenue %2 in the last 90 days against %3 in the 90 before → potential</translation>
    </message>
    <message>
        <source>Margin %1, not growing → low</source>
        <translation>Margin %1, not growing → low</translation>
    </message>
    <message>
        <source>Margin %1 → low</source>
        <translation>Margin %1 → low</translation>
    </message>
    <message>
        <source>No purchase in the last 365 days → no group</source>
        <translation>No purchase in the last 365 days → no group</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Loyalty tier</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Days since last touch</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Contact interval (days)</source>
        <translation>Contact interval (days)</translation>
    </message>
    <message>
        <source>Credit limit used (%)</source>
        <translation>Credit limit used (%)</translation>
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
        <translation>this week</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>this month</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The days before asking whether a customer is satisfied</source>
        <translation>The days before asking whether a customer is satisfied</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is in use by another program or another Setia window. Close it and try again.</source>
        <translation>The database is in use by another program or another Setia window. Close it and try again.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only). Check the file and folder permissions, or copy the file to a folder you can write to.</source>
        <translation>The database file cannot be written (it is read-only). Check the file and folder permissions, or copy the file to a folder you can write to.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again; your earlier data is safe.</source>
        <translation>The disk is full, so nothing was saved. Free some space and try again; your earlier data is safe.</translation>
    </message>
    <message>
        <source>The file is not a Setia database or it is damaged. Open another file, or restore your latest backup.</source>
        <translation>The file is not a Setia database or it is damaged. Open another file, or restore your latest backup.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may write to it.</source>
        <translation>The database file cannot be opened. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database. Check the disk, then try again. (%1)</source>
        <translation>The disk reported an error while reading or writing the database. Check the disk, then try again. (%1)</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>This is already saved: a value that must be unique is taken. (%1)</source>
        <translation>This is already saved: a value that must be unique is taken. (%1)</translation>
    </message>
</context>
<context>
    <name>StampService</name>
    <message>
        <source>Give the card a name, such as &quot;Kopi Susu&quot; or &quot;Roti&quot;.</source>
        <translation>Give the card a name, such as &quot;Kopi Susu&quot; or &quot;Roti&quot;.</translation>
    </message>
    <message>
        <source>A card name has at most %1 characters.</source>
        <translation>A card name has at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose the product or the category that gives stamps.</source>
        <translation>Choose the product or the category that gives stamps.</translation>
    </message>
    <message>
        <source>The product that gives stamps does not exist. Choose it again.</source>
        <translation>The product that gives stamps does not exist. Choose it again.</translation>
    </message>
    <message>
        <source>A reward needs 1 to %1 stamps.</source>
        <translation>A reward needs 1 to %1 stamps.</translation>
    </message>
    <message>
        <source>Choose the product given as the reward.</source>
        <translation>Choose the product given as the reward.</translation>
    </message>
    <message>
        <source>This stamp card does not exist any more.</source>
        <translation>This stamp card does not exist any more.</translation>
    </message>
    <message>
        <source>Version %1 of this card no longer gives stamps: change the newest version, or make a new card.</source>
        <translation>Version %1 of this card no longer gives stamps: change the newest version, or make a new card.</translation>
    </message>
    <message>
        <source>Only a member can take a stamp reward.</source>
        <translation>Only a member can take a stamp reward.</translation>
    </message>
    <message>
        <source>The member has %1 of the %2 stamps needed on the %3 card.</source>
        <translation>The member has %1 of the %2 stamps needed on the %3 card.</translation>
    </message>
    <message>
        <source>Sale %1 voided: %2</source>
        <translation>Sale %1 voided: %2</translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <source>Credit: %1</source>
        <translation>Credit: %1</translation>
    </message>
    <message>
        <source>Cash: %1</source>
        <translation>Cash: %1</translation>
    </message>
    <message>
        <source>VOIDED (%1) — %2</source>
        <translation>VOIDED (%1) — %2</translation>
    </message>
    <message>
        <source>Prospect (never bought)</source>
        <translation>Prospect (never bought)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Bad customer</source>
        <translation>Bad customer</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>macet (over 90 days)</source>
        <translation>macet (over 90 days)</translation>
    </message>
</context>
<context>
    <name>SurveyCardSheet</name>
    <message>
        <source>SURVEY CARD</source>
        <translation>SURVEY CARD</translation>
    </message>
    <message>
        <source>Dear customer</source>
        <translation>Dear customer</translation>
    </message>
    <message>
        <source>How likely are you to recommend %1 to a friend or family? Tick one box.</source>
        <translation>How likely are you to recommend %1 to a friend or family? Tick one box.</translation>
    </message>
    <message>
        <source>not at all likely</source>
        <translation>not at all likely</translation>
    </message>
    <message>
        <source>extremely likely</source>
        <translation>extremely likely</translation>
    </message>
    <message>
        <source>How satisfied were you with your visit today?</source>
        <translation>How satisfied were you with your visit today?</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>very dissatisfied</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>very satisfied</translation>
    </message>
    <message>
        <source>What could we do better?</source>
        <translation>What could we do better?</translation>
    </message>
    <message>
        <source>Thank you! Hand the card to the cashier.</source>
        <translation>Thank you! Hand the card to the cashier.</translation>
    </message>
    <message>
        <source>Choose at least one customer to print for.</source>
        <translation>Choose at least one customer to print for.</translation>
    </message>
    <message>
        <source>Survey cards</source>
        <translation>Survey cards</translation>
    </message>
</context>
<context>
    <name>SurveyCsvImport</name>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, correct the code, or leave it empty for an anonymous answer.</source>
        <translation>customer_code %1 is not a customer. Import the customers first, correct the code, or leave it empty for an anonymous answer.</translation>
    </message>
    <message>
        <source>channel &quot;%1&quot; is not a way of answering: use counter, paper, whatsapp or phone (kasir, kertas, wa, telepon).</source>
        <translation>channel &quot;%1&quot; is not a way of answering: use counter, paper, whatsapp or phone (kasir, kertas, wa, telepon).</translation>
    </message>
    <message>
        <source>nps &quot;%1&quot; is not a score from 0 to 10.</source>
        <translation>nps &quot;%1&quot; is not a score from 0 to 10.</translation>
    </message>
    <message>
        <source>csat &quot;%1&quot; is not a score from 1 to 5.</source>
        <translation>csat &quot;%1&quot; is not a score from 1 to 5.</translation>
    </message>
    <message>
        <source>receipt %1 is not a sale in this file.</source>
        <translation>receipt %1 is not a sale in this file.</translation>
    </message>
</context>
<context>
    <name>TargetSheetService</name>
    <message>
        <source>Today&apos;s sales targets</source>
        <translation>Today&apos;s sales targets</translation>
    </message>
    <message>
        <source>%1 · %2 customers · %3 salespeople</source>
        <translation>%1 · %2 customers · %3 salespeople</translation>
    </message>
    <message>
        <source>Without a salesperson</source>
        <translation>Without a salesperson</translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>Salesperson: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Receivables to collect</source>
        <translation>Receivables to collect</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Owed · due</source>
        <translation>Owed · due</translation>
    </message>
    <message>
        <source>Suggested items</source>
        <translation>Suggested items</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>No regular items yet</source>
        <translation>No regular items yet</translation>
    </message>
    <message>
        <source>Try: %1 (%2)</source>
        <translation>Try: %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>order / no sale / closed</source>
        <translation>order / no sale / closed</translation>
    </message>
    <message>
        <source>Nobody is due on this day.</source>
        <translation>Nobody is due on this day.</translation>
    </message>
    <message>
        <source>Due: a visit day, or their usual gap between purchases has passed. Suggested: items in at least 2 of their last 6 purchases, the average of the last 4 rounded up, at today&apos;s price. Try: what customers of the same type bought most in 90 days and they have not in a year.</source>
        <translation>Due: a visit day, or their usual gap between purchases has passed. Suggested: items in at least 2 of their last 6 purchases, the average of the last 4 rounded up, at today&apos;s price. Try: what customers of the same type bought most in 90 days and they have not in a year.</translation>
    </message>
    <message>
        <source>This customer does not exist or is archived: choose another one.</source>
        <translation>This customer does not exist or is archived: choose another one.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Customers to visit</source>
        <translation>Customers to visit</translation>
    </message>
    <message>
        <source>%1 × %2 = %3 (average of %4 from the last %5 purchases)</source>
        <translation>%1 × %2 = %3 (average of %4 from the last %5 purchases)</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>Target %1 · receivables to collect %2</source>
        <translation>Target %1 · receivables to collect %2</translation>
    </message>
</context>
<context>
    <name>TargetsCommand</name>
    <message>
        <source>targets needs --date YYYY-MM-DD and -o FILE.pdf or FILE.csv.</source>
        <translation>targets needs --date YYYY-MM-DD and -o FILE.pdf or FILE.csv.</translation>
    </message>
</context>
<context>
    <name>TicketCsvImport</name>
    <message>
        <source>number %1 is too long for a ticket number: at most 30 characters.</source>
        <translation>number %1 is too long for a ticket number: at most 30 characters.</translation>
    </message>
    <message>
        <source>Ticket %1 is in the file twice: only the first was imported.</source>
        <translation>Ticket %1 is in the file twice: only the first was imported.</translation>
    </message>
    <message>
        <source>Ticket %1 is there already.</source>
        <translation>Ticket %1 is there already.</translation>
    </message>
    <message>
        <source>customer_code is empty: say who complained.</source>
        <translation>customer_code is empty: say who complained.</translation>
    </message>
    <message>
        <source>customer_code %1 is not a customer. Import the customers first, or correct the code.</source>
        <translation>customer_code %1 is not a customer. Import the customers first, or correct the code.</translation>
    </message>
    <message>
        <source>receipt %1 is not a sale in this file.</source>
        <translation>receipt %1 is not a sale in this file.</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot; is not one: use low, normal or high (rendah, biasa, tinggi).</source>
        <translation>priority &quot;%1&quot; is not one: use low, normal or high (rendah, biasa, tinggi).</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one: use open, in_progress, waiting, resolved or closed (baru, diproses, menunggu, selesai, ditutup).</source>
        <translation>status &quot;%1&quot; is not one: use open, in_progress, waiting, resolved or closed (baru, diproses, menunggu, selesai, ditutup).</translation>
    </message>
</context>
<context>
    <name>TicketReceipt</name>
    <message>
        <source>COMPLAINT RECEIPT</source>
        <translation>COMPLAINT RECEIPT</translation>
    </message>
    <message>
        <source>From: %1 (%2)</source>
        <translation>From: %1 (%2)</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Your complaint:</source>
        <translation>Your complaint:</translation>
    </message>
    <message>
        <source>We will get back to you by %1.</source>
        <translation>We will get back to you by %1.</translation>
    </message>
    <message>
        <source>Keep this receipt and give the number %1 when you ask about your complaint.</source>
        <translation>Keep this receipt and give the number %1 when you ask about your complaint.</translation>
    </message>
    <message>
        <source>Received by,</source>
        <translation>Received by,</translation>
    </message>
    <message>
        <source>Priority: urgent</source>
        <translation>Priority: urgent</translation>
    </message>
    <message>
        <source>Complaint receipt</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <source>No. %1 · received %2</source>
        <translation>No. %1 · received %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>Your complaint</source>
        <translation>Your complaint</translation>
    </message>
</context>
<context>
    <name>TicketReceiptOutput</name>
    <message>
        <source>Complaint %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>Print the tanda terima</source>
        <translation>Print the tanda terima</translation>
    </message>
    <message>
        <source>The complaint is saved; its tanda terima was not printed: %1</source>
        <translation>The complaint is saved; its tanda terima was not printed: %1</translation>
    </message>
    <message>
        <source>Save the tanda terima</source>
        <translation>Save the tanda terima</translation>
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
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Nothing given</source>
        <translation>Nothing given</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>Money back</translation>
    </message>
    <message>
        <source>Credit on the account</source>
        <translation>Credit on the account</translation>
    </message>
    <message>
        <source>A free item</source>
        <translation>A free item</translation>
    </message>
    <message>
        <source>A voucher of points</source>
        <translation>A voucher of points</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Product quality</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Price or receipt error</source>
        <translation>Price or receipt error</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Resolved late</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>Resolved on time</translation>
    </message>
    <message>
        <source>Clock stopped (was late)</source>
        <translation>Clock stopped (was late)</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Complaint received: %1</source>
        <translation>Complaint received: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Now: %1 — %2</source>
        <translation>Now: %1 — %2</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Answered: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>Remedy: %1</translation>
    </message>
    <message>
        <source>Late: resolution due %1</source>
        <translation>Late: resolution due %1</translation>
    </message>
    <message>
        <source>Late: answer due %1</source>
        <translation>Late: answer due %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Resolve by %1</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Answer by %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Points used</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Points adjusted</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Points expired</translation>
    </message>
    <message>
        <source>Done: %1 (due %2)</source>
        <translation>Done: %1 (due %2)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
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
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>would recommend: %1 of 10</source>
        <translation>would recommend: %1 of 10</translation>
    </message>
    <message>
        <source>satisfied: %1 of 5</source>
        <translation>satisfied: %1 of 5</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>A part of this change failed, so none of it was saved. Try again.</source>
        <translation>A part of this change failed, so none of it was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>WhatsAppService</name>
    <message>
        <source>There is no message template &quot;%1&quot;. Choose one of Settings&apos; templates.</source>
        <translation>There is no message template &quot;%1&quot;. Choose one of Settings&apos; templates.</translation>
    </message>
    <message>
        <source>%1 has no phone number. Add it on their details first.</source>
        <translation>%1 has no phone number. Add it on their details first.</translation>
    </message>
    <message>
        <source>%1&apos;s phone is marked as not on WhatsApp. Call them, or change that on their details if they use WhatsApp now.</source>
        <translation>%1&apos;s phone is marked as not on WhatsApp. Call them, or change that on their details if they use WhatsApp now.</translation>
    </message>
    <message>
        <source>%1 has not agreed to offers on WhatsApp, so only a transaction message (a debt reminder, a thank-you) may go to them. Record their consent on their details if they give it.</source>
        <translation>%1 has not agreed to offers on WhatsApp, so only a transaction message (a debt reminder, a thank-you) may go to them. Record their consent on their details if they give it.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>The message has %1 characters; WhatsApp links take at most %2. Shorten it.</source>
        <translation>The message has %1 characters; WhatsApp links take at most %2. Shorten it.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Setia cannot open its data</source>
        <translation>Setia cannot open its data</translation>
    </message>
    <message>
        <source>Unknown view %1; views: %2</source>
        <translation>Unknown view %1; views: %2</translation>
    </message>
</context>
<context>
    <name>setia::AgendaCommand</name>
    <message>
        <source>--date takes a date as YYYY-MM-DD, such as 2026-08-17.</source>
        <translation>--date takes a date as YYYY-MM-DD, such as 2026-08-17.</translation>
    </message>
    <message>
        <source>--staff needs the name of a staff member.</source>
        <translation>--staff needs the name of a staff member.</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
</context>
<context>
    <name>setia::BackupCommand</name>
    <message>
        <source>backup needs the file to write the copy to.</source>
        <translation>backup needs the file to write the copy to.</translation>
    </message>
    <message>
        <source>Backed up and checked: %1 (data version %2, %3 customers, %4 sales)</source>
        <translation>Backed up and checked: %1 (data version %2, %3 customers, %4 sales)</translation>
    </message>
</context>
<context>
    <name>setia::Barcode</name>
    <message>
        <source>The barcode could not be made.</source>
        <translation>The barcode could not be made.</translation>
    </message>
    <message>
        <source>%1 cannot be printed as a barcode (%2).</source>
        <translation>%1 cannot be printed as a barcode (%2).</translation>
    </message>
</context>
<context>
    <name>setia::BusinessRuleDialog</name>
    <message>
        <source>New business rule</source>
        <translation>New business rule</translation>
    </message>
    <message>
        <source>Change business rule</source>
        <translation>Change business rule</translation>
    </message>
    <message>
        <source>e.g. Big customers are served by senior sales staff</source>
        <translation>e.g. Big customers are served by senior sales staff</translation>
    </message>
    <message>
        <source>give them a salesperson from a list</source>
        <translation>give them a salesperson from a list</translation>
    </message>
    <message>
        <source>make a follow-up for their salesperson</source>
        <translation>make a follow-up for their salesperson</translation>
    </message>
    <message>
        <source>e.g. Budi, Ani</source>
        <translation>e.g. Budi, Ani</translation>
    </message>
    <message>
        <source>Sales&amp;people:</source>
        <translation>Sales&amp;people:</translation>
    </message>
    <message>
        <source>A customer served by one of them keeps theirs; the others get the one who serves the fewest customers.</source>
        <translation>A customer served by one of them keeps theirs; the others get the one who serves the fewest customers.</translation>
    </message>
    <message>
        <source>e.g. Call: ask why they stopped coming</source>
        <translation>e.g. Call: ask why they stopped coming</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;What to do:</translation>
    </message>
    <message>
        <source> days later</source>
        <translation> days later</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>the same day</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>e.g. Owner</source>
        <translation>e.g. Owner</translation>
    </message>
    <message>
        <source>&amp;Without a salesperson, for:</source>
        <translation>&amp;Without a salesperson, for:</translation>
    </message>
    <message>
        <source>Also for the customers who match &amp;now</source>
        <translation>Also for the customers who match &amp;now</translation>
    </message>
    <message>
        <source>Otherwise the rule acts only for customers who come to match it from now on</source>
        <translation>Otherwise the rule acts only for customers who come to match it from now on</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>Rule is &amp;on</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>When a customer comes to match:</source>
        <translation>When a customer comes to match:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Then:</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Save rule</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 customers match today.</source>
        <translation>%1 customers match today.</translation>
    </message>
</context>
<context>
    <name>setia::BusinessRuleService</name>
    <message>
        <source>This rule does not exist any more.</source>
        <translation>This rule does not exist any more.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Give the rule a name.</translation>
    </message>
    <message>
        <source>A rule&apos;s name has at most %1 characters.</source>
        <translation>A rule&apos;s name has at most %1 characters.</translation>
    </message>
    <message>
        <source>Name the salesperson to assign, or the ones to choose from.</source>
        <translation>Name the salesperson to assign, or the ones to choose from.</translation>
    </message>
    <message>
        <source>A rule chooses from at most %1 salespeople.</source>
        <translation>A rule chooses from at most %1 salespeople.</translation>
    </message>
    <message>
        <source>Say what the follow-up is for, e.g. &quot;Call: ask why they stopped coming&quot;.</source>
        <translation>Say what the follow-up is for, e.g. &quot;Call: ask why they stopped coming&quot;.</translation>
    </message>
    <message>
        <source>What to do has at most %1 characters.</source>
        <translation>What to do has at most %1 characters.</translation>
    </message>
    <message>
        <source>A follow-up is due 0 to %1 days after the rule fired.</source>
        <translation>A follow-up is due 0 to %1 days after the rule fired.</translation>
    </message>
    <message>
        <source>A rule named &quot;%1&quot; exists already: choose another name.</source>
        <translation>A rule named &quot;%1&quot; exists already: choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>This rule fired %n time(s): its log stays, so switch it off instead of removing it.</source>
        <translation>
            <numerusform>This rule fired once: its log stays, so switch it off instead of removing it.</numerusform>
            <numerusform>This rule fired %n times: its log stays, so switch it off instead of removing it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salesperson %1</source>
        <translation>Salesperson %1</translation>
    </message>
    <message>
        <source>Salesperson %1 (was %2)</source>
        <translation>Salesperson %1 (was %2)</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;</source>
        <translation>Rule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Follow-up due %1: %2</source>
        <translation>Follow-up due %1: %2</translation>
    </message>
    <message>
        <source>Follow-up for %1 due %2: %3</source>
        <translation>Follow-up for %1 due %2: %3</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>The text holds invisible control characters. Type it again.</translation>
    </message>
    <message>
        <source>A salesperson&apos;s name has at most %1 characters.</source>
        <translation>A salesperson&apos;s name has at most %1 characters.</translation>
    </message>
    <message>
        <source>Who does it has at most %1 characters.</source>
        <translation>Who does it has at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>setia::BusinessRulesBox</name>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>Salesperson: %1</translation>
    </message>
    <message>
        <source>Follow-up the same day: %1</source>
        <translation>Follow-up the same day: %1</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up in %n day(s): %1</source>
        <translation>
            <numerusform>Follow-up in %n day: %1</numerusform>
            <numerusform>Follow-up in %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Business rules</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Log…</translation>
    </message>
    <message>
        <source>Setia runs the rules after changes and once a day. A customer sets a rule off once for each time they come to match it.</source>
        <translation>Setia runs the rules after changes and once a day. A customer sets a rule off once for each time they come to match it.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Switch on</translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Remove the rule &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Running the rules on every customer…</source>
        <translation>Running the rules on every customer…</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) ran: no customer came to match one since the last run.</source>
        <translation>
            <numerusform>%n rule ran: no customer came to match it since the last run.</numerusform>
            <numerusform>%n rules ran: no customer came to match one since the last run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) ran and took %1 actions: see the log.</source>
        <translation>
            <numerusform>%n rule ran and took %1 actions: see the log.</numerusform>
            <numerusform>%n rules ran and took %1 actions: see the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>setia::CheckCommand</name>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>setia::ColumnMappingForm</name>
    <message>
        <source>— not in file —</source>
        <translation>— not in file —</translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation>(column %1 without a name)</translation>
    </message>
    <message>
        <source>Column name in Setia&apos;s own files: %1</source>
        <translation>Column name in Setia&apos;s own files: %1</translation>
    </message>
</context>
<context>
    <name>setia::ComplaintSettingsBox</name>
    <message>
        <source>Complaints and surveys</source>
        <translation>Complaints and surveys</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> answers</translation>
    </message>
    <message>
        <source>One category a line, in the order they are offered</source>
        <translation>One category a line, in the order they are offered</translation>
    </message>
    <message>
        <source>First answer within</source>
        <translation>First answer within</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation>Resolved within</translation>
    </message>
    <message>
        <source>Urgent: first answer within</source>
        <translation>Urgent: first answer within</translation>
    </message>
    <message>
        <source>Urgent: resolved within</source>
        <translation>Urgent: resolved within</translation>
    </message>
    <message>
        <source>Ask if satisfied after</source>
        <translation>Ask if satisfied after</translation>
    </message>
    <message>
        <source>Call back a detractor after</source>
        <translation>Call back a detractor after</translation>
    </message>
    <message>
        <source>NPS margin from</source>
        <translation>NPS margin from</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>The deadlines count only the opening hours, and stop while waiting for the customer.</source>
        <translation>The deadlines count only the opening hours, and stop while waiting for the customer.</translation>
    </message>
</context>
<context>
    <name>setia::ComplaintsView</name>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Search number, name or member code… (Ctrl+F)</source>
        <translation>Search number, name or member code… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;New complaint</translation>
    </message>
    <message>
        <source>Write down a complaint (Ctrl+N)</source>
        <translation>Write down a complaint (Ctrl+N)</translation>
    </message>
    <message>
        <source>Enter survey &amp;cards…</source>
        <translation>Enter survey &amp;cards…</translation>
    </message>
    <message>
        <source>Scan a stack of filled-in paper survey cards and type their scores</source>
        <translation>Scan a stack of filled-in paper survey cards and type their scores</translation>
    </message>
    <message>
        <source>Still to deal with</source>
        <translation>Still to deal with</translation>
    </message>
    <message>
        <source>Every one of the last %1 days</source>
        <translation>Every one of the last %1 days</translation>
    </message>
    <message>
        <source>No complaint to deal with. When a customer complains, Ctrl+N writes it down; its deadlines count the shop&apos;s opening hours.</source>
        <translation>No complaint to deal with. When a customer complains, Ctrl+N writes it down; its deadlines count the shop&apos;s opening hours.</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Find a complaint</source>
        <translation>Find a complaint</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n late</source>
        <translation>
            <numerusform>%1, %n late</numerusform>
            <numerusform>%1, %n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>setia::CompleteFollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>e.g. paid half, the rest on Friday</source>
        <translation>e.g. paid half, the rest on Friday</translation>
    </message>
    <message>
        <source>Done by &amp;way of</source>
        <translation>Done by &amp;way of</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>setia::ContactActions</name>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>New &amp;follow-up…</translation>
    </message>
    <message>
        <source>&amp;WhatsApp…</source>
        <translation>&amp;WhatsApp…</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tact</translation>
    </message>
    <message>
        <source>Log a call or visit (Ctrl+L), plan a follow-up (Ctrl+T) or send a WhatsApp message (Alt+W) to the selected customer</source>
        <translation>Log a call or visit (Ctrl+L), plan a follow-up (Ctrl+T) or send a WhatsApp message (Alt+W) to the selected customer</translation>
    </message>
</context>
<context>
    <name>setia::CounterMatchModel</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
</context>
<context>
    <name>setia::CounterSurveyDialog</name>
    <message>
        <source>A quick question</source>
        <translation>A quick question</translation>
    </message>
    <message>
        <source>this shop</source>
        <translation>this shop</translation>
    </message>
    <message>
        <source>Walk-in customer (anonymous)</source>
        <translation>Walk-in customer (anonymous)</translation>
    </message>
    <message>
        <source>Type the digit the customer says (10: +). Esc: skip.</source>
        <translation>Type the digit the customer says (10: +). Esc: skip.</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>not at all</translation>
    </message>
    <message>
        <source>certainly</source>
        <translation>certainly</translation>
    </message>
    <message>
        <source>How likely are you to recommend %1 to a friend?</source>
        <translation>How likely are you to recommend %1 to a friend?</translation>
    </message>
</context>
<context>
    <name>setia::CounterView</name>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Phone digits, name or member code (F2)</source>
        <translation>Phone digits, name or member code (F2)</translation>
    </message>
    <message>
        <source>Earns %1 points · Enter saves it as paid in cash</source>
        <translation>Earns %1 points · Enter saves it as paid in cash</translation>
    </message>
    <message>
        <source>Saved %1: %2 · %3 points earned</source>
        <translation>Saved %1: %2 · %3 points earned</translation>
    </message>
    <message>
        <source>New &amp;member (Ctrl+N)</source>
        <translation>New &amp;member (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1 points are worth %2, more than the purchase.</source>
        <translation>%1 points are worth %2, more than the purchase.</translation>
    </message>
    <message>
        <source>Pays %1 after %2 points (%3) · earns no points · Enter saves it</source>
        <translation>Pays %1 after %2 points (%3) · earns no points · Enter saves it</translation>
    </message>
    <message>
        <source>Saved %1: %2 paid, %3 points used</source>
        <translation>Saved %1: %2 paid, %3 points used</translation>
    </message>
    <message>
        <source>Saved %1: %2 given free</source>
        <translation>Saved %1: %2 given free</translation>
    </message>
    <message>
        <source>Wal&amp;k-in purchase (F3)</source>
        <translation>Wal&amp;k-in purchase (F3)</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;. Ctrl+N adds a new member with it; F3 logs the purchase without a member.</source>
        <translation>Nobody matches &quot;%1&quot;. Ctrl+N adds a new member with it; F3 logs the purchase without a member.</translation>
    </message>
    <message>
        <source>One phone ends with %1: Enter opens it.</source>
        <translation>One phone ends with %1: Enter opens it.</translation>
    </message>
    <message>
        <source>%1 phones end with %2: Enter, then the row&apos;s number.</source>
        <translation>%1 phones end with %2: Enter, then the row&apos;s number.</translation>
    </message>
    <message>
        <source>One match: Enter opens it.</source>
        <translation>One match: Enter opens it.</translation>
    </message>
    <message>
        <source>%1 matches: Enter, then the row&apos;s number.</source>
        <translation>%1 matches: Enter, then the row&apos;s number.</translation>
    </message>
    <message>
        <source>Showing the first %1; type more to narrow them down.</source>
        <translation>Showing the first %1; type more to narrow them down.</translation>
    </message>
    <message>
        <source>A cash sale of %1 without a member · Enter saves it</source>
        <translation>A cash sale of %1 without a member · Enter saves it</translation>
    </message>
    <message>
        <source>A cash sale without a member: it earns no points.</source>
        <translation>A cash sale without a member: it earns no points.</translation>
    </message>
    <message>
        <source>Saved %1: %2, walk-in customer</source>
        <translation>Saved %1: %2, walk-in customer</translation>
    </message>
    <message>
        <source>Contact… (Ctrl+L, Alt+W)</source>
        <translation>Contact… (Ctrl+L, Alt+W)</translation>
    </message>
    <message>
        <source>Sur&amp;vey (F12)</source>
        <translation>Sur&amp;vey (F12)</translation>
    </message>
    <message>
        <source>Ask the last customer how likely they are to recommend the shop</source>
        <translation>Ask the last customer how likely they are to recommend the shop</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Ask right after a sale: the answer is about that visit.</source>
        <translation>Ask right after a sale: the answer is about that visit.</translation>
    </message>
    <message>
        <source>Thank you: their answer (%1) is saved.</source>
        <translation>Thank you: their answer (%1) is saved.</translation>
    </message>
    <message>
        <source>Write down a complaint of the member shown, about the sale just made</source>
        <translation>Write down a complaint of the member shown, about the sale just made</translation>
    </message>
    <message>
        <source>Complaint %1 is written down: it is in Complaints, with its deadlines.</source>
        <translation>Complaint %1 is written down: it is in Complaints, with its deadlines.</translation>
    </message>
    <message>
        <source>Compla&amp;int (F10)</source>
        <translation>Compla&amp;int (F10)</translation>
    </message>
</context>
<context>
    <name>setia::CustomerCardDialog</name>
    <message>
        <source>Print pre&amp;view</source>
        <translation>Print pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>credit limit %1, %2 days</source>
        <translation>credit limit %1, %2 days</translation>
    </message>
    <message>
        <source>%1 purchases · total %2 · average %3 · first %4 · last %5 · owed %6</source>
        <translation>%1 purchases · total %2 · average %3 · first %4 · last %5 · owed %6</translation>
    </message>
    <message>
        <source>Favourite items: %1</source>
        <translation>Favourite items: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Owed by days past due — not yet due %1 · 1–30: %2 · 31–60: %3 · 61–90: %4 · over 90: %5</source>
        <translation>Owed by days past due — not yet due %1 · 1–30: %2 · 31–60: %3 · 61–90: %4 · over 90: %5</translation>
    </message>
    <message>
        <source>Record card %1.pdf</source>
        <translation>Record card %1.pdf</translation>
    </message>
    <message>
        <source>Save record card as PDF</source>
        <translation>Save record card as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transactions</translation>
    </message>
    <message>
        <source>Credit sales still &amp;open</source>
        <translation>Credit sales still &amp;open</translation>
    </message>
    <message>
        <source>Record p&amp;ayment…</source>
        <translation>Record p&amp;ayment…</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>Change name, phone, address, credit limit… (Ctrl+E)</source>
        <translation>Change name, phone, address, credit limit… (Ctrl+E)</translation>
    </message>
    <message>
        <source>New &amp;sale…</source>
        <translation>New &amp;sale…</translation>
    </message>
    <message>
        <source>Enter a sale for this customer (Ctrl+N)</source>
        <translation>Enter a sale for this customer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Enter or double-click: a sale shows its items and can be voided; a payment can be voided</source>
        <translation>Enter or double-click: a sale shows its items and can be voided; a payment can be voided</translation>
    </message>
    <message>
        <source>This sale no longer exists.</source>
        <translation>This sale no longer exists.</translation>
    </message>
    <message>
        <source>This payment was voided: %1</source>
        <translation>This payment was voided: %1</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Void payment</translation>
    </message>
    <message>
        <source>Void the payment of %1 on %2? It stays on the card, marked, and no longer counts. Why is it voided?</source>
        <translation>Void the payment of %1 on %2? It stays on the card, marked, and no longer counts. Why is it voided?</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>C&amp;hange points…</source>
        <translation>C&amp;hange points…</translation>
    </message>
    <message>
        <source>Poi&amp;nts</source>
        <translation>Poi&amp;nts</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gments</translation>
    </message>
    <message>
        <source>Kwitansi %1</source>
        <translation>Kwitansi %1</translation>
    </message>
    <message>
        <source>Print kwitansi</source>
        <translation>Print kwitansi</translation>
    </message>
    <message>
        <source>The payment is saved; its kwitansi was not printed: %1</source>
        <translation>The payment is saved; its kwitansi was not printed: %1</translation>
    </message>
    <message>
        <source>Print the &amp;card</source>
        <translation>Print the &amp;card</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>Time&amp;line</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>Co&amp;mplaint…</translation>
    </message>
    <message>
        <source>Write down a complaint of this customer&apos;s (Ctrl+K)</source>
        <translation>Write down a complaint of this customer&apos;s (Ctrl+K)</translation>
    </message>
    <message>
        <source>S&amp;urvey…</source>
        <translation>S&amp;urvey…</translation>
    </message>
    <message>
        <source>Record this customer&apos;s answer to the survey: would they recommend us, how satisfied they were (Ctrl+U)</source>
        <translation>Record this customer&apos;s answer to the survey: would they recommend us, how satisfied they were (Ctrl+U)</translation>
    </message>
</context>
<context>
    <name>setia::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Sales &amp;&amp; credit</source>
        <translation>Sales &amp;&amp; credit</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; consent</source>
        <translation>Notes &amp;&amp; consent</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Made automatically, e.g. M000123</source>
        <translation>Made automatically, e.g. M000123</translation>
    </message>
    <message>
        <source>Member &amp;code</source>
        <translation>Member &amp;code</translation>
    </message>
    <message>
        <source>e.g. Budi Santoso or Toko Sumber Rejeki</source>
        <translation>e.g. Budi Santoso or Toko Sumber Rejeki</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>e.g. budi@contoh.co.id</source>
        <translation>e.g. budi@contoh.co.id</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <source>Ctrl+Backspace clears the date.</source>
        <translation>Ctrl+Backspace clears the date.</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Birthday</translation>
    </message>
    <message>
        <source>Customer &amp;type</source>
        <translation>Customer &amp;type</translation>
    </message>
    <message>
        <source>How they came (&amp;source)</source>
        <translation>How they came (&amp;source)</translation>
    </message>
    <message>
        <source>Sa&amp;lesperson</source>
        <translation>Sa&amp;lesperson</translation>
    </message>
    <message>
        <source>Visit days</source>
        <translation>Visit days</translation>
    </message>
    <message>
        <source>&amp;Member since</source>
        <translation>&amp;Member since</translation>
    </message>
    <message>
        <source>0 means cash only.</source>
        <translation>0 means cash only.</translation>
    </message>
    <message>
        <source>0 = cash only</source>
        <translation>0 = cash only</translation>
    </message>
    <message>
        <source>Credit &amp;limit</source>
        <translation>Credit &amp;limit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>Payment &amp;terms</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. vip, langganan</source>
        <translation>Separate tags with commas, e.g. vip, langganan</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Agrees to promotions by</source>
        <translation>Agrees to promotions by</translation>
    </message>
    <message>
        <source>Bad customer (do not give credit)</source>
        <translation>Bad customer (do not give credit)</translation>
    </message>
    <message>
        <source>Reason, e.g. unpaid since March</source>
        <translation>Reason, e.g. unpaid since March</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1: %2 on %3 by %4</source>
        <translation>%1: %2 on %3 by %4</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>No consent recorded yet.</translation>
    </message>
    <message>
        <source>The credit limit is not an amount. Type whole Rupiah, e.g. 5.000.000.</source>
        <translation>The credit limit is not an amount. Type whole Rupiah, e.g. 5.000.000.</translation>
    </message>
    <message>
        <source>Phone number already used</source>
        <translation>Phone number already used</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>as their tier (big 14, regular 30, micro 60 days)</source>
        <translation>as their tier (big 14, regular 30, micro 60 days)</translation>
    </message>
    <message>
        <source>How long the customer may go without a sale or a touch before the day&apos;s list says to get in touch</source>
        <translation>How long the customer may go without a sale or a touch before the day&apos;s list says to get in touch</translation>
    </message>
    <message>
        <source>Stay in tou&amp;ch every</source>
        <translation>Stay in tou&amp;ch every</translation>
    </message>
</context>
<context>
    <name>setia::CustomerListModel</name>
    <message>
        <source>Marked as a bad customer</source>
        <translation>Marked as a bad customer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
</context>
<context>
    <name>setia::CustomerSegmentPanel</name>
    <message>
        <source>Archived customers are not in the segments.</source>
        <translation>Archived customers are not in the segments.</translation>
    </message>
    <message>
        <source>As of %1, over the sales up to that day:</source>
        <translation>As of %1, over the sales up to that day:</translation>
    </message>
    <message>
        <source>Margin to date %1 · projected next month %2 · lifetime value %3 (over %4 months)</source>
        <translation>Margin to date %1 · projected next month %2 · lifetime value %3 (over %4 months)</translation>
    </message>
</context>
<context>
    <name>setia::CustomerService</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>The text holds invisible control characters. Type it again.</translation>
    </message>
    <message>
        <source>A member code has up to %1 letters, digits, dots or dashes, such as M000123. Leave it empty to have one made.</source>
        <translation>A member code has up to %1 letters, digits, dots or dashes, such as M000123. Leave it empty to have one made.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Example: budi@contoh.co.id.</source>
        <translation>The e-mail address is not valid. Example: budi@contoh.co.id.</translation>
    </message>
    <message>
        <source>This field is too long: at most %1 characters.</source>
        <translation>This field is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters.</source>
        <translation>The address is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The notes are too long: at most %1 characters.</source>
        <translation>The notes are too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The birthday must lie between 1900 and today.</source>
        <translation>The birthday must lie between 1900 and today.</translation>
    </message>
    <message>
        <source>The join date is not plausible.</source>
        <translation>The join date is not plausible.</translation>
    </message>
    <message>
        <source>The credit limit must be zero (cash only) or a positive amount.</source>
        <translation>The credit limit must be zero (cash only) or a positive amount.</translation>
    </message>
    <message>
        <source>Payment terms are 0 to %1 days.</source>
        <translation>Payment terms are 0 to %1 days.</translation>
    </message>
    <message>
        <source>Say why the customer is marked as a bad customer.</source>
        <translation>Say why the customer is marked as a bad customer.</translation>
    </message>
    <message>
        <source>The member code %1 belongs to another customer. Choose another code or leave it empty.</source>
        <translation>The member code %1 belongs to another customer. Choose another code or leave it empty.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>%1 is already the phone number of %2, %3%4. Save anyway only if they are different people.</source>
        <translation>%1 is already the phone number of %2, %3%4. Save anyway only if they are different people.</translation>
    </message>
    <message>
        <source>This customer no longer exists. Close the window and search again.</source>
        <translation>This customer no longer exists. Close the window and search again.</translation>
    </message>
    <message>
        <source>A tag has at most %1 characters.</source>
        <translation>A tag has at most %1 characters.</translation>
    </message>
    <message>
        <source>A tag has 1 to %1 characters and no comma.</source>
        <translation>A tag has 1 to %1 characters and no comma.</translation>
    </message>
    <message>
        <source>The credit limit is at most %1.</source>
        <translation>The credit limit is at most %1.</translation>
    </message>
    <message>
        <source>This customer was merged into another: their records are with the kept customer. Undo the merge (Customers → Duplicates) to change them.</source>
        <translation>This customer was merged into another: their records are with the kept customer. Undo the merge (Customers → Duplicates) to change them.</translation>
    </message>
    <message>
        <source>The contact interval is 1 to %1 days, or empty for the default of the customer&apos;s tier.</source>
        <translation>The contact interval is 1 to %1 days, or empty for the default of the customer&apos;s tier.</translation>
    </message>
</context>
<context>
    <name>setia::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Search name, phone, member code or city… (Ctrl+F)</source>
        <translation>Search name, phone, member code or city… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Add a customer (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>%1 archived customers</source>
        <translation>%1 archived customers</translation>
    </message>
    <message>
        <source>%1 customers found</source>
        <translation>%1 customers found</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Bring the selected customer back to the list</source>
        <translation>Bring the selected customer back to the list</translation>
    </message>
    <message>
        <source>Hide the selected customer; nothing is deleted</source>
        <translation>Hide the selected customer; nothing is deleted</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>Archive customer</translation>
    </message>
    <message>
        <source>Archive %1? The customer leaves the list but nothing is deleted; you can restore them under &quot;Show archived&quot;.</source>
        <translation>Archive %1? The customer leaves the list but nothing is deleted; you can restore them under &quot;Show archived&quot;.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>The selected customer&apos;s record card: every purchase and payment, and what they owe (Enter)</source>
        <translation>The selected customer&apos;s record card: every purchase and payment, and what they owe (Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s details (Ctrl+E)</source>
        <translation>Change the selected customer&apos;s details (Ctrl+E)</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Member cards</translation>
    </message>
    <message>
        <source>The list shows %1 customers. Search for the ones whose cards to print: up to %2 at a time.</source>
        <translation>The list shows %1 customers. Search for the ones whose cards to print: up to %2 at a time.</translation>
    </message>
    <message>
        <source>Save member cards</source>
        <translation>Save member cards</translation>
    </message>
    <message>
        <source>Member cards.pdf</source>
        <translation>Member cards.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Only the customers of a saved segment (made in Segments)</source>
        <translation>Only the customers of a saved segment (made in Segments)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Print member cards</source>
        <translation>Print member cards</translation>
    </message>
    <message>
        <source>Saving the member cards…</source>
        <translation>Saving the member cards…</translation>
    </message>
    <message>
        <source>Printing the member cards…</source>
        <translation>Printing the member cards…</translation>
    </message>
    <message>
        <source>No archived customers.</source>
        <translation>No archived customers.</translation>
    </message>
    <message>
        <source>Nobody in this segment today.</source>
        <translation>Nobody in this segment today.</translation>
    </message>
    <message>
        <source>No customers yet. Ctrl+N adds the first one; Import &amp; export brings in a list from a spreadsheet (CSV).</source>
        <translation>No customers yet. Ctrl+N adds the first one; Import &amp; export brings in a list from a spreadsheet (CSV).</translation>
    </message>
    <message>
        <source>%1 member cards</source>
        <translation>%1 member cards</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Duplicates…</translation>
    </message>
    <message>
        <source>Customers who may be one person (same phone, names alike): merge them, or undo a merge</source>
        <translation>Customers who may be one person (same phone, names alike): merge them, or undo a merge</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cards</translation>
    </message>
    <message>
        <source>For the customers the list shows: member cards, ten to an A4 page, or survey cards, four to a page — printed or as a PDF</source>
        <translation>For the customers the list shows: member cards, ten to an A4 page, or survey cards, four to a page — printed or as a PDF</translation>
    </message>
    <message>
        <source>&amp;Print member cards…</source>
        <translation>&amp;Print member cards…</translation>
    </message>
    <message>
        <source>Save member cards as P&amp;DF…</source>
        <translation>Save member cards as P&amp;DF…</translation>
    </message>
    <message>
        <source>Print &amp;survey cards…</source>
        <translation>Print &amp;survey cards…</translation>
    </message>
    <message>
        <source>Print survey cards</source>
        <translation>Print survey cards</translation>
    </message>
    <message>
        <source>Save survey cards as PD&amp;F…</source>
        <translation>Save survey cards as PD&amp;F…</translation>
    </message>
    <message>
        <source>Survey cards</source>
        <translation>Survey cards</translation>
    </message>
    <message>
        <source>Save survey cards</source>
        <translation>Save survey cards</translation>
    </message>
    <message>
        <source>Survey cards.pdf</source>
        <translation>Survey cards.pdf</translation>
    </message>
    <message>
        <source>Saving the survey cards…</source>
        <translation>Saving the survey cards…</translation>
    </message>
    <message>
        <source>%1 survey cards</source>
        <translation>%1 survey cards</translation>
    </message>
    <message>
        <source>Printing the survey cards…</source>
        <translation>Printing the survey cards…</translation>
    </message>
</context>
<context>
    <name>setia::DataExchangeView</name>
    <message>
        <source>Import &amp; export</source>
        <translation>Import &amp; export</translation>
    </message>
    <message>
        <source>Bring in lists from a spreadsheet or another program, or take them out as CSV files that Excel and LibreOffice open.</source>
        <translation>Bring in lists from a spreadsheet or another program, or take them out as CSV files that Excel and LibreOffice open.</translation>
    </message>
    <message>
        <source>Files are read as UTF-8 or as Excel saves them, with commas or semicolons. Setia writes UTF-8 with commas.</source>
        <translation>Files are read as UTF-8 or as Excel saves them, with commas or semicolons. Setia writes UTF-8 with commas.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written.</source>
        <translation>%1 rows written.</translation>
    </message>
</context>
<context>
    <name>setia::DataSafetyBox</name>
    <message>
        <source>first start of the day</source>
        <translation>first start of the day</translation>
    </message>
    <message>
        <source>before the upgrade from data version %1</source>
        <translation>before the upgrade from data version %1</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Check the database</translation>
    </message>
    <message>
        <source>Automatic backups (each day&apos;s first start, before an upgrade, before a restore; 7 daily, 4 weekly and 12 monthly are kept):</source>
        <translation>Automatic backups (each day&apos;s first start, before an upgrade, before a restore; 7 daily, 4 weekly and 12 monthly are kept):</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restore from a &amp;file…</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Show the &amp;folder</translation>
    </message>
    <message>
        <source>None yet: the first is taken the next time Setia starts.</source>
        <translation>None yet: the first is taken the next time Setia starts.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>setia-backup-%1.db</source>
        <translation>setia-backup-%1.db</translation>
    </message>
    <message>
        <source>Setia databases (*.db)</source>
        <translation>Setia databases (*.db)</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Backing up and checking the copy…</translation>
    </message>
    <message>
        <source>The backup was checked: intact, with every row (%1 customers, %2 sales). Keep a copy away from this computer too, on a USB drive or in the cloud.</source>
        <translation>The backup was checked: intact, with every row (%1 customers, %2 sales). Keep a copy away from this computer too, on a USB drive or in the cloud.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Setia databases (*.db);;All files (*)</source>
        <translation>Setia databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>This file cannot be restored: %1</source>
        <translation>This file cannot be restored: %1</translation>
    </message>
    <message>
        <source>%1

Last changed: %2
Customers: %3
Sales: %4
Data version: %5

The file is intact. Restoring it replaces everything in Setia now with what it holds; what is in Setia now is backed up first, so you can go back to it. Restore it?</source>
        <translation>%1

Last changed: %2
Customers: %3
Sales: %4
Data version: %5

The file is intact. Restoring it replaces everything in Setia now with what it holds; what is in Setia now is backed up first, so you can go back to it. Restore it?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Backing up the current data, then restoring the backup…</source>
        <translation>Backing up the current data, then restoring the backup…</translation>
    </message>
    <message>
        <source>The backup is restored. What was in Setia before is kept in %1.</source>
        <translation>The backup is restored. What was in Setia before is kept in %1.</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Checking every page and Setia&apos;s own rules…</source>
        <translation>Checking every page and Setia&apos;s own rules…</translation>
    </message>
    <message>
        <source>No problems found: the file is intact and its sales, points and stamps add up.</source>
        <translation>No problems found: the file is intact and its sales, points and stamps add up.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>%1 problems found:

%2

Restore your latest good backup (the list above), or keep this file aside and ask for help before more is entered.</source>
        <translation>%1 problems found:

%2

Restore your latest good backup (the list above), or keep this file aside and ask for help before more is entered.</translation>
    </message>
</context>
<context>
    <name>setia::DuplicatePairModel</name>
    <message>
        <source>Same phone</source>
        <translation>Same phone</translation>
    </message>
    <message>
        <source>Names alike</source>
        <translation>Names alike</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>setia::DuplicatesDialog</name>
    <message>
        <source>Duplicate customers</source>
        <translation>Duplicate customers</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Compare the two side by side and merge them (Enter)</source>
        <translation>Compare the two side by side and merge them (Enter)</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Look again</translation>
    </message>
    <message>
        <source>Each merge can be undone: the records it moved go back, the merged customer shows again, and the kept one gets back the details the merge changed (what was changed on them since stays).</source>
        <translation>Each merge can be undone: the records it moved go back, the merged customer shows again, and the kept one gets back the details the merge changed (what was changed on them since stays).</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Undo merge…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Looking for customers who may be one person…</source>
        <translation>Looking for customers who may be one person…</translation>
    </message>
    <message>
        <source>No two active customers share a phone number or a name alike.</source>
        <translation>No two active customers share a phone number or a name alike.</translation>
    </message>
    <message>
        <source>Pairs of customers who may be one person: %1. The same phone number first, then names alike once titles (Bapak, Ibu, H.) and old spellings (oe, dj, tj) are set aside. Merge the ones that are.</source>
        <translation>Pairs of customers who may be one person: %1. The same phone number first, then names alike once titles (Bapak, Ibu, H.) and old spellings (oe, dj, tj) are set aside. Merge the ones that are.</translation>
    </message>
    <message>
        <source>One of the two customers no longer exists. Look again.</source>
        <translation>One of the two customers no longer exists. Look again.</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>Customers merged</translation>
    </message>
    <message>
        <source>%1 now has the records of %2 (%3). The merge can be undone under &quot;Merges&quot;.</source>
        <translation>%1 now has the records of %2 (%3). The merge can be undone under &quot;Merges&quot;.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? %1 shows again with the records that were theirs (%3); sales and payments recorded on %2 since stay with %2.</source>
        <translation>Undo the merge of %1 into %2? %1 shows again with the records that were theirs (%3); sales and payments recorded on %2 since stay with %2.</translation>
    </message>
</context>
<context>
    <name>setia::FindCommand</name>
    <message>
        <source>find needs the text to look for: digits of a phone, a name or a member code.</source>
        <translation>find needs the text to look for: digits of a phone, a name or a member code.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of matches, 1 or more.</source>
        <translation>--limit takes a whole number of matches, 1 or more.</translation>
    </message>
</context>
<context>
    <name>setia::FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>— type it below —</source>
        <translation>— type it below —</translation>
    </message>
    <message>
        <source>e.g. offer the new stock of cooking oil</source>
        <translation>e.g. offer the new stock of cooking oil</translation>
    </message>
    <message>
        <source>&amp;Quick choice</source>
        <translation>&amp;Quick choice</translation>
    </message>
    <message>
        <source>&amp;What to do *</source>
        <translation>&amp;What to do *</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>setia::FollowUpService</name>
    <message>
        <source>Call tomorrow</source>
        <translation>Call tomorrow</translation>
    </message>
    <message>
        <source>Call in 3 days</source>
        <translation>Call in 3 days</translation>
    </message>
    <message>
        <source>Visit next week</source>
        <translation>Visit next week</translation>
    </message>
    <message>
        <source>Message on WhatsApp in 2 weeks</source>
        <translation>Message on WhatsApp in 2 weeks</translation>
    </message>
    <message>
        <source>Call in a month</source>
        <translation>Call in a month</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <source>What is to be done is too long: at most %1 characters.</source>
        <translation>What is to be done is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>The text holds invisible control characters. Type it again.</translation>
    </message>
    <message>
        <source>Enter the date it is due.</source>
        <translation>Enter the date it is due.</translation>
    </message>
    <message>
        <source>The staff name is too long: at most %1 characters.</source>
        <translation>The staff name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose the customer it is about: this one no longer exists or was merged into another.</source>
        <translation>Choose the customer it is about: this one no longer exists or was merged into another.</translation>
    </message>
    <message>
        <source>This follow-up is not there any more.</source>
        <translation>This follow-up is not there any more.</translation>
    </message>
    <message>
        <source>This follow-up was done already, on %1.</source>
        <translation>This follow-up was done already, on %1.</translation>
    </message>
</context>
<context>
    <name>setia::ImportDialog</name>
    <message>
        <source>semicolons (;)</source>
        <translation>semicolons (;)</translation>
    </message>
    <message>
        <source>commas (,)</source>
        <translation>commas (,)</translation>
    </message>
    <message>
        <source>Text encoding: %1 · Values separated by %2</source>
        <translation>Text encoding: %1 · Values separated by %2</translation>
    </message>
    <message>
        <source>This file is not UTF-8, so Setia read it as %1. If letters in the preview look wrong, save it from the spreadsheet as “CSV UTF-8” and choose it again.</source>
        <translation>This file is not UTF-8, so Setia read it as %1. If letters in the preview look wrong, save it from the spreadsheet as “CSV UTF-8” and choose it again.</translation>
    </message>
    <message>
        <source>Pre&amp;view: the first rows of the file</source>
        <translation>Pre&amp;view: the first rows of the file</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Line %1 of the file</translation>
    </message>
    <message>
        <source>Col&amp;umns: where each field is in the file</source>
        <translation>Col&amp;umns: where each field is in the file</translation>
    </message>
    <message>
        <source>Columns named as in Setia&apos;s own files are chosen already.</source>
        <translation>Columns named as in Setia&apos;s own files are chosen already.</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>Check the file first: it shows what would be imported and which rows cannot be. Nothing is written until you import.</source>
        <translation>Check the file first: it shows what would be imported and which rows cannot be. Nothing is written until you import.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Read the whole file and show what would be imported, without changing anything</source>
        <translation>Read the whole file and show what would be imported, without changing anything</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop; nothing is changed (Esc)</source>
        <translation>Stop; nothing is changed (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The check was stopped before the end. Check again to see what would be imported.</source>
        <translation>The check was stopped before the end. Check again to see what would be imported.</translation>
    </message>
    <message>
        <source>%1 rows cannot be imported and will be skipped. Import the other %2 rows?</source>
        <translation>%1 rows cannot be imported and will be skipped. Import the other %2 rows?</translation>
    </message>
    <message>
        <source>Import and skip</source>
        <translation>Import and skip</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Imported: %1 created.</source>
        <translation>Imported: %1 created.</translation>
    </message>
    <message>
        <source>%1 rejected rows were skipped.</source>
        <translation>%1 rejected rows were skipped.</translation>
    </message>
    <message>
        <source>The columns changed: check the file again before importing.</source>
        <translation>The columns changed: check the file again before importing.</translation>
    </message>
    <message>
        <source>The file has no data rows: there is nothing to import.</source>
        <translation>The file has no data rows: there is nothing to import.</translation>
    </message>
    <message>
        <source>%1 rows: %2 can be imported, %3 rejected.</source>
        <translation>%1 rows: %2 can be imported, %3 rejected.</translation>
    </message>
    <message>
        <source>They make %1 sales.</source>
        <translation>They make %1 sales.</translation>
    </message>
    <message>
        <source>Correct the file, or choose the columns again, and check it again.</source>
        <translation>Correct the file, or choose the columns again, and check it again.</translation>
    </message>
    <message>
        <source>Importing skips the rejected rows. The list below says what to correct in each.</source>
        <translation>Importing skips the rejected rows. The list below says what to correct in each.</translation>
    </message>
    <message>
        <source>&amp;Import %1 rows</source>
        <translation>&amp;Import %1 rows</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 rejected rows were written to %2, each with its line in the original file and the reason.</source>
        <translation>%1 rejected rows were written to %2, each with its line in the original file and the reason.</translation>
    </message>
    <message>
        <source>Another program is writing to the database (another Setia, or setia-cli); the import waits for it to finish (%1 s). Cancel stops the import; nothing is changed.</source>
        <translation>Another program is writing to the database (another Setia, or setia-cli); the import waits for it to finish (%1 s). Cancel stops the import; nothing is changed.</translation>
    </message>
</context>
<context>
    <name>setia::ImportHistoryBox</name>
    <message>
        <source>Imports made</source>
        <translation>Imports made</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Undo import…</translation>
    </message>
    <message>
        <source>Removes everything the chosen import brought in, in one step</source>
        <translation>Removes everything the chosen import brought in, in one step</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Remove the %1 records (%2) that %3 brought in on %4? Nothing else is touched; if something recorded since depends on them, nothing is removed.</source>
        <translation>Remove the %1 records (%2) that %3 brought in on %4? Nothing else is touched; if something recorded since depends on them, nothing is removed.</translation>
    </message>
</context>
<context>
    <name>setia::ImportHistoryModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Undone %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>setia::InteractionDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <source>Keys 1–7 choose the kind</source>
        <translation>Keys 1–7 choose the kind</translation>
    </message>
    <message>
        <source>e.g. asked about the price of rice</source>
        <translation>e.g. asked about the price of rice</translation>
    </message>
    <message>
        <source>e.g. will order 10 sacks next week</source>
        <translation>e.g. will order 10 sacks next week</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <source>What was &amp;said</source>
        <translation>What was &amp;said</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Sal&amp;e</source>
        <translation>Sal&amp;e</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>setia::InteractionService</name>
    <message>
        <source>Choose the customer this was with: this one no longer exists or was merged into another.</source>
        <translation>Choose the customer this was with: this one no longer exists or was merged into another.</translation>
    </message>
    <message>
        <source>This time is still to come. Log what happened; for what is to be done, add a follow-up.</source>
        <translation>This time is still to come. Log what happened; for what is to be done, add a follow-up.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>The text holds invisible control characters. Type it again.</translation>
    </message>
    <message>
        <source>What was said is too long: at most %1 characters.</source>
        <translation>What was said is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The outcome is too long: at most %1 characters.</source>
        <translation>The outcome is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The staff name is too long: at most %1 characters.</source>
        <translation>The staff name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>That sale is not this customer&apos;s. Choose one of their sales.</source>
        <translation>That sale is not this customer&apos;s. Choose one of their sales.</translation>
    </message>
</context>
<context>
    <name>setia::ListPage</name>
    <message>
        <source>Nothing matches “%1”. Esc clears the search.</source>
        <translation>Nothing matches “%1”. Esc clears the search.</translation>
    </message>
</context>
<context>
    <name>setia::LoyaltySettingsBox</name>
    <message>
        <source>Loyalty points</source>
        <translation>Loyalty points</translation>
    </message>
    <message>
        <source>e.g. a free drink</source>
        <translation>e.g. a free drink</translation>
    </message>
    <message>
        <source>One point for every (Rp)</source>
        <translation>One point for every (Rp)</translation>
    </message>
    <message>
        <source>One point is worth (Rp)</source>
        <translation>One point is worth (Rp)</translation>
    </message>
    <message>
        <source>Silver from a year&apos;s spending of (Rp)</source>
        <translation>Silver from a year&apos;s spending of (Rp)</translation>
    </message>
    <message>
        <source>Silver earns</source>
        <translation>Silver earns</translation>
    </message>
    <message>
        <source>Gold from a year&apos;s spending of (Rp)</source>
        <translation>Gold from a year&apos;s spending of (Rp)</translation>
    </message>
    <message>
        <source>Gold earns</source>
        <translation>Gold earns</translation>
    </message>
    <message>
        <source>Birthday reward</source>
        <translation>Birthday reward</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Points expire after</translation>
    </message>
    <message>
        <source>Points are rounded down. A purchase that uses points earns none. The oldest points are used first. Changes apply to sales from now on.</source>
        <translation>Points are rounded down. A purchase that uses points earns none. The oldest points are used first. Changes apply to sales from now on.</translation>
    </message>
</context>
<context>
    <name>setia::MainWindow</name>
    <message>
        <source>Customers &amp; loyalty</source>
        <translation>Customers &amp; loyalty</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
</context>
<context>
    <name>setia::MemberPanel</name>
    <message>
        <source>Birthday this week</source>
        <translation>Birthday this week</translation>
    </message>
    <message>
        <source>Record card (F5)</source>
        <translation>Record card (F5)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>Average purchase</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Owes</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 days ago)</translation>
    </message>
    <message>
        <source>nothing; %1 paid ahead</source>
        <translation>nothing; %1 paid ahead</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Amount paid, then Enter</source>
        <translation>Amount paid, then Enter</translation>
    </message>
    <message>
        <source>Purchase with items… (F4)</source>
        <translation>Purchase with items… (F4)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Pur&amp;chase (Rp)</source>
        <translation>Pur&amp;chase (Rp)</translation>
    </message>
    <message>
        <source>Points the member uses on this purchase; it then earns none</source>
        <translation>Points the member uses on this purchase; it then earns none</translation>
    </message>
    <message>
        <source>&amp;Use points</source>
        <translation>&amp;Use points</translation>
    </message>
    <message>
        <source>Member card PDF… (F6)</source>
        <translation>Member card PDF… (F6)</translation>
    </message>
    <message>
        <source>Birthday this week: %1</source>
        <translation>Birthday this week: %1</translation>
    </message>
    <message>
        <source>Points slip PDF… (F7)</source>
        <translation>Points slip PDF… (F7)</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>Take reward (F8)</source>
        <translation>Take reward (F8)</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Stamps</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Rewards</translation>
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
        <translation>%1 (card %2)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <source>Walk-in customer (no member card)</source>
        <translation>Walk-in customer (no member card)</translation>
    </message>
    <message>
        <source>A cash sale without a member: it earns no points.</source>
        <translation>A cash sale without a member: it earns no points.</translation>
    </message>
    <message>
        <source>Usually buys: %1</source>
        <translation>Usually buys: %1</translation>
    </message>
    <message>
        <source>Type the last digits of a phone number, a name or a member code, or scan a member card; Enter opens the member. F3: a purchase without a member.</source>
        <translation>Type the last digits of a phone number, a name or a member code, or scan a member card; Enter opens the member. F3: a purchase without a member.</translation>
    </message>
    <message>
        <source>Print points slip (F9)</source>
        <translation>Print points slip (F9)</translation>
    </message>
</context>
<context>
    <name>setia::MergeDialog</name>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source> (no WhatsApp)</source>
        <translation> (no WhatsApp)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Yes: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Merge two customers</translation>
    </message>
    <message>
        <source>Choose the customer to keep — their member code stays — and, where the two differ, whose details the kept customer takes. Every sale, payment, point and stamp of the other moves to the kept customer; the other is hidden, not deleted, and the merge can be undone in Customers → Duplicates → Merges.</source>
        <translation>Choose the customer to keep — their member code stays — and, where the two differ, whose details the kept customer takes. Every sale, payment, point and stamp of the other moves to the kept customer; the other is hidden, not deleted, and the merge can be undone in Customers → Duplicates → Merges.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>(empty in both)</source>
        <translation>(empty in both)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Moves to %1: %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Came through</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Visit days</source>
        <translation>Visit days</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Bad customer</source>
        <translation>Bad customer</translation>
    </message>
    <message>
        <source>Merged customer</source>
        <translation>Merged customer</translation>
    </message>
</context>
<context>
    <name>setia::MergeJournalModel</name>
    <message>
        <source>sales: %1</source>
        <translation>sales: %1</translation>
    </message>
    <message>
        <source>payments: %1</source>
        <translation>payments: %1</translation>
    </message>
    <message>
        <source>point entries: %1</source>
        <translation>point entries: %1</translation>
    </message>
    <message>
        <source>stamp entries: %1</source>
        <translation>stamp entries: %1</translation>
    </message>
    <message>
        <source>the place on the route</source>
        <translation>the place on the route</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>no records</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Undone %1</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation>Records moved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Merged customer</source>
        <translation>Merged customer</translation>
    </message>
    <message>
        <source>interactions: %1</source>
        <translation>interactions: %1</translation>
    </message>
    <message>
        <source>follow-ups: %1</source>
        <translation>follow-ups: %1</translation>
    </message>
    <message>
        <source>complaints: %1</source>
        <translation>complaints: %1</translation>
    </message>
    <message>
        <source>survey answers: %1</source>
        <translation>survey answers: %1</translation>
    </message>
</context>
<context>
    <name>setia::MessageTemplatesBox</name>
    <message>
        <source>WhatsApp messages</source>
        <translation>WhatsApp messages</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Bring back the four templates Setia starts with, in place of these</source>
        <translation>Bring back the four templates Setia starts with, in place of these</translation>
    </message>
    <message>
        <source>Transaction (a debt reminder, a thank-you): to anyone on WhatsApp</source>
        <translation>Transaction (a debt reminder, a thank-you): to anyone on WhatsApp</translation>
    </message>
    <message>
        <source>Marketing (greetings, offers): only with WhatsApp consent</source>
        <translation>Marketing (greetings, offers): only with WhatsApp consent</translation>
    </message>
    <message>
        <source>Put %1 in the message: filled in for each customer</source>
        <translation>Put %1 in the message: filled in for each customer</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>New message</translation>
    </message>
    <message>
        <source>%1 of %2 characters, before the tokens are filled in</source>
        <translation>%1 of %2 characters, before the tokens are filled in</translation>
    </message>
</context>
<context>
    <name>setia::NewMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>The member code is given when you save. Everything else can be added later in the customer&apos;s details.</source>
        <translation>The member code is given when you save. Everything else can be added later in the customer&apos;s details.</translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation>&amp;Save member</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>setia::NewTicketDialog</name>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Name, phone digits or member code</source>
        <translation>Name, phone digits or member code</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>What the customer says, in their words</source>
        <translation>What the customer says, in their words</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <source>The customer&apos;s &amp;words</source>
        <translation>The customer&apos;s &amp;words</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>About sale %1</source>
        <translation>About sale %1</translation>
    </message>
    <message>
        <source>The whole sale</source>
        <translation>The whole sale</translation>
    </message>
    <message>
        <source>Choose the customer who complains: type their name, phone digits or member code and pick them.</source>
        <translation>Choose the customer who complains: type their name, phone digits or member code and pick them.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Print the tanda &amp;terima on the receipt printer</source>
        <translation>Print the tanda &amp;terima on the receipt printer</translation>
    </message>
</context>
<context>
    <name>setia::NpsCommand</name>
    <message>
        <source>nps needs --from and --to, each a date as YYYY-MM-DD.</source>
        <translation>nps needs --from and --to, each a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, such as 2026-08-17.</source>
        <translation>--%1 takes a date as YYYY-MM-DD, such as 2026-08-17.</translation>
    </message>
    <message>
        <source>--to is before --from: give the period&apos;s first day, then its last.</source>
        <translation>--to is before --from: give the period&apos;s first day, then its last.</translation>
    </message>
    <message>
        <source>--by takes lifecycle, tier, rfm_segment, type or area.</source>
        <translation>--by takes lifecycle, tier, rfm_segment, type or area.</translation>
    </message>
</context>
<context>
    <name>setia::NpsTallyModel</name>
    <message>
        <source>The margin is worked out from %1 answers: with fewer, the NPS can be far off.</source>
        <translation>The margin is worked out from %1 answers: with fewer, the NPS can be far off.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters
(9–10)</source>
        <translation>Promoters
(9–10)</translation>
    </message>
    <message>
        <source>Passives
(7–8)</source>
        <translation>Passives
(7–8)</translation>
    </message>
    <message>
        <source>Detractors
(0–6)</source>
        <translation>Detractors
(0–6)</translation>
    </message>
    <message>
        <source>Margin
(95 %)</source>
        <translation>Margin
(95 %)</translation>
    </message>
    <message>
        <source>CSAT
answers</source>
        <translation>CSAT
answers</translation>
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
        <translation>%1 days</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Late by</translation>
    </message>
</context>
<context>
    <name>setia::PaymentDialog</name>
    <message>
        <source>Payment from %1</source>
        <translation>Payment from %1</translation>
    </message>
    <message>
        <source>Owed now: %1</source>
        <translation>Owed now: %1</translation>
    </message>
    <message>
        <source>Nothing is owed now; a payment is kept as credit for later credit sales.</source>
        <translation>Nothing is owed now; a payment is kept as credit for later credit sales.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>giro/cheque</source>
        <translation>giro/cheque</translation>
    </message>
    <message>
        <source>&amp;Amount (Rp)</source>
        <translation>&amp;Amount (Rp)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The amount is not whole Rupiah. Type it like 250.000.</source>
        <translation>The amount is not whole Rupiah. Type it like 250.000.</translation>
    </message>
    <message>
        <source>Print the &amp;kwitansi on the receipt printer</source>
        <translation>Print the &amp;kwitansi on the receipt printer</translation>
    </message>
    <message>
        <source>Print the kwitansi on A&amp;5 paper…</source>
        <translation>Print the kwitansi on A&amp;5 paper…</translation>
    </message>
</context>
<context>
    <name>setia::PaymentService</name>
    <message>
        <source>A payment cannot be dated in the future. Use today&apos;s date or an earlier one.</source>
        <translation>A payment cannot be dated in the future. Use today&apos;s date or an earlier one.</translation>
    </message>
    <message>
        <source>The amount paid must be more than Rp0, in whole Rupiah.</source>
        <translation>The amount paid must be more than Rp0, in whole Rupiah.</translation>
    </message>
    <message>
        <source>The payment method has at most %1 characters.</source>
        <translation>The payment method has at most %1 characters.</translation>
    </message>
    <message>
        <source>The note is too long: at most 1000 characters.</source>
        <translation>The note is too long: at most 1000 characters.</translation>
    </message>
    <message>
        <source>The customer does not exist. Choose the customer again.</source>
        <translation>The customer does not exist. Choose the customer again.</translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation>Say why the payment is voided.</translation>
    </message>
    <message>
        <source>This payment does not exist.</source>
        <translation>This payment does not exist.</translation>
    </message>
    <message>
        <source>This payment was already voided.</source>
        <translation>This payment was already voided.</translation>
    </message>
    <message>
        <source>%1 is above %2, the most one payment may be. Check the amount.</source>
        <translation>%1 is above %2, the most one payment may be. Check the amount.</translation>
    </message>
</context>
<context>
    <name>setia::PointsAdjustDialog</name>
    <message>
        <source>Change points</source>
        <translation>Change points</translation>
    </message>
    <message>
        <source>A number to add, or below zero to take</source>
        <translation>A number to add, or below zero to take</translation>
    </message>
    <message>
        <source>e.g. goods were late; a wrong entry</source>
        <translation>e.g. goods were late; a wrong entry</translation>
    </message>
    <message>
        <source>The member has %1 points now.</source>
        <translation>The member has %1 points now.</translation>
    </message>
    <message>
        <source>&amp;Points (+ or −)</source>
        <translation>&amp;Points (+ or −)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>setia::PointsLedgerModel</name>
    <message>
        <source>earned</source>
        <translation>earned</translation>
    </message>
    <message>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>adjusted</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Receipt or reason</source>
        <translation>Receipt or reason</translation>
    </message>
</context>
<context>
    <name>setia::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <source>e.g. BRS-5KG</source>
        <translation>e.g. BRS-5KG</translation>
    </message>
    <message>
        <source>&amp;SKU *</source>
        <translation>&amp;SKU *</translation>
    </message>
    <message>
        <source>e.g. Beras Premium 5 kg</source>
        <translation>e.g. Beras Premium 5 kg</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Price (Rp)</source>
        <translation>&amp;Price (Rp)</translation>
    </message>
    <message>
        <source>C&amp;ost (Rp)</source>
        <translation>C&amp;ost (Rp)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the amount in whole Rupiah, e.g. 12.500.</source>
        <translation>Type the amount in whole Rupiah, e.g. 12.500.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>setia::ProductService</name>
    <message>
        <source>Enter the product&apos;s SKU (its short code).</source>
        <translation>Enter the product&apos;s SKU (its short code).</translation>
    </message>
    <message>
        <source>A SKU has up to %1 characters without spaces, commas, semicolons or quotes, such as BRS-5KG.</source>
        <translation>A SKU has up to %1 characters without spaces, commas, semicolons or quotes, such as BRS-5KG.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Enter the product&apos;s name.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The category is too long: at most %1 characters.</source>
        <translation>The category is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The unit is too long: at most %1 characters.</source>
        <translation>The unit is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The price must be zero or more.</source>
        <translation>The price must be zero or more.</translation>
    </message>
    <message>
        <source>The cost must be zero or more.</source>
        <translation>The cost must be zero or more.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to another product. Each product needs its own SKU.</source>
        <translation>The SKU %1 belongs to another product. Each product needs its own SKU.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
</context>
<context>
    <name>setia::ProductsView</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Search product name, SKU or category… (Ctrl+F)</source>
        <translation>Search product name, SKU or category… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Show &amp;inactive</translation>
    </message>
    <message>
        <source>Find product</source>
        <translation>Find product</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <source>%1 inactive products</source>
        <translation>%1 inactive products</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 products</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Sell the selected product again</source>
        <translation>Sell the selected product again</translation>
    </message>
    <message>
        <source>Stop selling the selected product; its history stays</source>
        <translation>Stop selling the selected product; its history stays</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Add a product (Ctrl+N)</translation>
    </message>
    <message>
        <source>No products yet. Ctrl+N adds one; Import &amp; export brings in a catalogue from a spreadsheet (CSV). A purchase at the counter needs none.</source>
        <translation>No products yet. Ctrl+N adds one; Import &amp; export brings in a catalogue from a spreadsheet (CSV). A purchase at the counter needs none.</translation>
    </message>
</context>
<context>
    <name>setia::ReceiptPrinterBox</name>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>The computer&apos;s default printer</source>
        <translation>The computer&apos;s default printer</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>58 mm roll (32 characters a line)</source>
        <translation>58 mm roll (32 characters a line)</translation>
    </message>
    <message>
        <source>80 mm roll (48 characters a line)</source>
        <translation>80 mm roll (48 characters a line)</translation>
    </message>
    <message>
        <source>Print the receipt of every &amp;counter sale</source>
        <translation>Print the receipt of every &amp;counter sale</translation>
    </message>
    <message>
        <source>Print a &amp;test receipt</source>
        <translation>Print a &amp;test receipt</translation>
    </message>
    <message>
        <source>Kept on this computer: each counter can have its own printer. Receipts print at once, without a dialog.</source>
        <translation>Kept on this computer: each counter can have its own printer. Receipts print at once, without a dialog.</translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <source>R&amp;oll</source>
        <translation>R&amp;oll</translation>
    </message>
    <message>
        <source>Setia test receipt</source>
        <translation>Setia test receipt</translation>
    </message>
    <message>
        <source>When this line fits from edge to edge, the roll is set right:</source>
        <translation>When this line fits from edge to edge, the roll is set right:</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
</context>
<context>
    <name>setia::ReceivableListModel</name>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>macet</source>
        <translation>macet</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>cash only</source>
        <translation>cash only</translation>
    </message>
    <message>
        <source>current: nothing overdue · overdue: the oldest overdue sale is 1–90 days late · macet: more than 90 days</source>
        <translation>current: nothing overdue · overdue: the oldest overdue sale is 1–90 days late · macet: more than 90 days</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Owes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
</context>
<context>
    <name>setia::ReceivablesView</name>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Search name, member code or phone… (Ctrl+F)</source>
        <translation>Search name, member code or phone… (Ctrl+F)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Record &amp;card</source>
        <translation>Record &amp;card</translation>
    </message>
    <message>
        <source>The selected customer&apos;s purchases and payments; record a payment there (Enter)</source>
        <translation>The selected customer&apos;s purchases and payments; record a payment there (Enter)</translation>
    </message>
    <message>
        <source>Find debtor</source>
        <translation>Find debtor</translation>
    </message>
    <message>
        <source>%1 customers owe %2 · overdue %3</source>
        <translation>%1 customers owe %2 · overdue %3</translation>
    </message>
    <message>
        <source>Nobody owes anything on this date. A sale on credit (in a sale, &quot;Credit&quot;) shows here until it is paid.</source>
        <translation>Nobody owes anything on this date. A sale on credit (in a sale, &quot;Credit&quot;) shows here until it is paid.</translation>
    </message>
</context>
<context>
    <name>setia::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Why it cannot be imported</translation>
    </message>
</context>
<context>
    <name>setia::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Customer list</translation>
    </message>
    <message>
        <source>Record cards</source>
        <translation>Record cards</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>Receivables aging</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Customer profitability</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Sales by customer</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Sales by product</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Sales by day</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Sales by month</translation>
    </message>
    <message>
        <source>Loyalty members and points</source>
        <translation>Loyalty members and points</translation>
    </message>
    <message>
        <source>Name, phone, code or city; empty for everyone</source>
        <translation>Name, phone, code or city; empty for everyone</translation>
    </message>
    <message>
        <source>Add a customer: name, phone or code…</source>
        <translation>Add a customer: name, phone or code…</translation>
    </message>
    <message>
        <source>Delete takes the selected customer off</source>
        <translation>Delete takes the selected customer off</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Saved segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>None: everyone</source>
        <translation>None: everyone</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a From date on or before the To date.</source>
        <translation>The period starts after it ends: choose a From date on or before the To date.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Every active customer</source>
        <translation>Every active customer</translation>
    </message>
    <message>
        <source>Add the customers whose cards to print, or choose a saved segment.</source>
        <translation>Add the customers whose cards to print, or choose a saved segment.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Satisfaction (NPS and CSAT)</source>
        <translation>Satisfaction (NPS and CSAT)</translation>
    </message>
    <message>
        <source>Working out every customer&apos;s segments…</source>
        <translation>Working out every customer&apos;s segments…</translation>
    </message>
</context>
<context>
    <name>setia::ResolveTicketDialog</name>
    <message>
        <source>Resolve complaint %1</source>
        <translation>Resolve complaint %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>e.g. the rice was exchanged for a new sack</source>
        <translation>e.g. the rice was exchanged for a new sack</translation>
    </message>
    <message>
        <source>What the remedy cost the shop: a free item at its cost, the money given back, the points&apos; value. It counts as a reward in profitability.</source>
        <translation>What the remedy cost the shop: a free item at its cost, the money given back, the points&apos; value. It counts as a reward in profitability.</translation>
    </message>
    <message>
        <source>How it was &amp;resolved</source>
        <translation>How it was &amp;resolved</translation>
    </message>
    <message>
        <source>The customer was &amp;given</source>
        <translation>The customer was &amp;given</translation>
    </message>
    <message>
        <source>What it &amp;cost</source>
        <translation>What it &amp;cost</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter what the remedy cost in whole Rupiah, such as 25.000.</source>
        <translation>Enter what the remedy cost in whole Rupiah, such as 25.000.</translation>
    </message>
</context>
<context>
    <name>setia::RestoreCommand</name>
    <message>
        <source>restore needs the backup file to put back.</source>
        <translation>restore needs the backup file to put back.</translation>
    </message>
    <message>
        <source>Restored %1 (data version %2, %3 customers, %4 sales). The data before it is in %5.</source>
        <translation>Restored %1 (data version %2, %3 customers, %4 sales). The data before it is in %5.</translation>
    </message>
</context>
<context>
    <name>setia::RuleBuilder</name>
    <message>
        <source>all groups (AND)</source>
        <translation>all groups (AND)</translation>
    </message>
    <message>
        <source>any group (OR)</source>
        <translation>any group (OR)</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Group</translation>
    </message>
</context>
<context>
    <name>setia::RuleConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <source>Amount, e.g. 1.000.000</source>
        <translation>Amount, e.g. 1.000.000</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Whole number</translation>
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
        <translation>Words</translation>
    </message>
</context>
<context>
    <name>setia::RuleFiringsDialog</name>
    <message>
        <source>What the business rules did</source>
        <translation>What the business rules did</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What Setia did</source>
        <translation>What Setia did</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>setia::RuleGroupBox</name>
    <message>
        <source>all of these conditions (AND)</source>
        <translation>all of these conditions (AND)</translation>
    </message>
    <message>
        <source>any of these conditions (OR)</source>
        <translation>any of these conditions (OR)</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <source>Customers who match</source>
        <translation>Customers who match</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
</context>
<context>
    <name>setia::RuleRunner</name>
    <message>
        <source>Business rules</source>
        <translation>Business rules</translation>
    </message>
    <message>
        <source>Running the business rules on every customer…</source>
        <translation>Running the business rules on every customer…</translation>
    </message>
    <message>
        <source>The business rules could not run: %1 They run again after the next change.</source>
        <translation>The business rules could not run: %1 They run again after the next change.</translation>
    </message>
</context>
<context>
    <name>setia::RuleSegmentDialog</name>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>Change segment</translation>
    </message>
    <message>
        <source>e.g. Passive regulars in Utara</source>
        <translation>e.g. Passive regulars in Utara</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Customers who match:</source>
        <translation>Customers who match:</translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation>&amp;Save segment</translation>
    </message>
    <message>
        <source>%1 customers match.</source>
        <translation>%1 customers match.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>setia::SaleDetailsDialog</name>
    <message>
        <source>Sale %1</source>
        <translation>Sale %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Void sale…</source>
        <translation>&amp;Void sale…</translation>
    </message>
    <message>
        <source>Mark the sale as voided, with a reason; it stays on record</source>
        <translation>Mark the sale as voided, with a reason; it stays on record</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>Void sale %1</translation>
    </message>
    <message>
        <source>Why is this sale voided? (for example: entered twice, goods returned)</source>
        <translation>Why is this sale voided? (for example: entered twice, goods returned)</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <source>Walk-in buyer</source>
        <translation>Walk-in buyer</translation>
    </message>
    <message>
        <source>Credit, due %1</source>
        <translation>Credit, due %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Voided on %1: %2</source>
        <translation>Voided on %1: %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Items %1 − discount %2</source>
        <translation>Items %1 − discount %2</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <source>Print the receipt again on this computer&apos;s receipt printer, marked as a copy</source>
        <translation>Print the receipt again on this computer&apos;s receipt printer, marked as a copy</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>Co&amp;mplaint…</translation>
    </message>
    <message>
        <source>A walk-in buyer&apos;s sale: add the buyer as a customer first, so the shop can answer them</source>
        <translation>A walk-in buyer&apos;s sale: add the buyer as a customer first, so the shop can answer them</translation>
    </message>
    <message>
        <source>Write down a complaint about this sale, or the item selected</source>
        <translation>Write down a complaint about this sale, or the item selected</translation>
    </message>
</context>
<context>
    <name>setia::SaleDialog</name>
    <message>
        <source>New sale</source>
        <translation>New sale</translation>
    </message>
    <message>
        <source>New sale %1</source>
        <translation>New sale %1</translation>
    </message>
    <message>
        <source>Walk-in buyer — or search name, phone, member code</source>
        <translation>Walk-in buyer — or search name, phone, member code</translation>
    </message>
    <message>
        <source>Add an item: type its name or SKU, or scan it</source>
        <translation>Add an item: type its name or SKU, or scan it</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Remove the selected line (Delete)</translation>
    </message>
    <message>
        <source>Ca&amp;sh</source>
        <translation>Ca&amp;sh</translation>
    </message>
    <message>
        <source>Cr&amp;edit</source>
        <translation>Cr&amp;edit</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Sale &amp;discount (Rp)</source>
        <translation>Sale &amp;discount (Rp)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Save sale</source>
        <translation>&amp;Save sale</translation>
    </message>
    <message>
        <source>Save the sale (Ctrl+Enter or Ctrl+S)</source>
        <translation>Save the sale (Ctrl+Enter or Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>

Save this credit sale anyway?</source>
        <translation>

Save this credit sale anyway?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Walk-in buyer: cash only.</source>
        <translation>Walk-in buyer: cash only.</translation>
    </message>
    <message>
        <source>credit limit %1, %2 days</source>
        <translation>credit limit %1, %2 days</translation>
    </message>
    <message>
        <source>cash only (no credit limit)</source>
        <translation>cash only (no credit limit)</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>owes %1</translation>
    </message>
    <message>
        <source>has %1 paid ahead</source>
        <translation>has %1 paid ahead</translation>
    </message>
    <message>
        <source>marked as a bad payer</source>
        <translation>marked as a bad payer</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Items %1 − discount %2</source>
        <translation>Items %1 − discount %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Discard this sale? The items entered are not saved.</source>
        <translation>Discard this sale? The items entered are not saved.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Earns %1 points</source>
        <translation>Earns %1 points</translation>
    </message>
    <message>
        <source>Stamps on %1: +%2</source>
        <translation>Stamps on %1: +%2</translation>
    </message>
    <message>
        <source>Overdue payments</source>
        <translation>Overdue payments</translation>
    </message>
    <message>
        <source>%1 already owes %2, overdue for %3 days. Give more credit anyway?</source>
        <translation>%1 already owes %2, overdue for %3 days. Give more credit anyway?</translation>
    </message>
    <message>
        <source>Give credit</source>
        <translation>Give credit</translation>
    </message>
    <message>
        <source>owes %1, overdue for %2 days</source>
        <translation>owes %1, overdue for %2 days</translation>
    </message>
</context>
<context>
    <name>setia::SaleLinesModel</name>
    <message>
        <source>Catalogue price: %1</source>
        <translation>Catalogue price: %1</translation>
    </message>
    <message>
        <source>Type the quantity as a number above 0 with up to three decimals, such as 2 or 1,5.</source>
        <translation>Type the quantity as a number above 0 with up to three decimals, such as 2 or 1,5.</translation>
    </message>
    <message>
        <source>Type an amount in whole Rupiah, such as 15000 or 15.000.</source>
        <translation>Type an amount in whole Rupiah, such as 15000 or 15.000.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>setia::SaleListModel</name>
    <message>
        <source>Walk-in buyer</source>
        <translation>Walk-in buyer</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
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
        <translation>A receipt number has at most 40 characters.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Add at least one item to the sale.</source>
        <translation>Add at least one item to the sale.</translation>
    </message>
    <message>
        <source>A sale has at most %1 lines. Split it into two sales.</source>
        <translation>A sale has at most %1 lines. Split it into two sales.</translation>
    </message>
    <message>
        <source>Line %1: the product does not exist. Choose it again.</source>
        <translation>Line %1: the product does not exist. Choose it again.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the quantity must be more than 0 and at most 1.000.000, with up to 3 decimals.</source>
        <translation>Line %1 (%2): the quantity must be more than 0 and at most 1.000.000, with up to 3 decimals.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the price must be zero or more.</source>
        <translation>Line %1 (%2): the price must be zero or more.</translation>
    </message>
    <message>
        <source>Line %1 (%2): the discount must be between 0 and the line&apos;s amount, %3.</source>
        <translation>Line %1 (%2): the discount must be between 0 and the line&apos;s amount, %3.</translation>
    </message>
    <message>
        <source>The sale discount must be between 0 and the total of the lines, %1.</source>
        <translation>The sale discount must be between 0 and the total of the lines, %1.</translation>
    </message>
    <message>
        <source>The customer does not exist. Choose the customer again.</source>
        <translation>The customer does not exist. Choose the customer again.</translation>
    </message>
    <message>
        <source>A credit sale needs a customer: choose who owes the amount.</source>
        <translation>A credit sale needs a customer: choose who owes the amount.</translation>
    </message>
    <message>
        <source>%1 buys for cash only (no credit limit is set). Record the sale as cash, or give credit anyway with the owner&apos;s approval.</source>
        <translation>%1 buys for cash only (no credit limit is set). Record the sale as cash, or give credit anyway with the owner&apos;s approval.</translation>
    </message>
    <message>
        <source>This sale takes what %1 owes to %2, past the credit limit of %3 (owed now: %4). Ask for a payment first, or give credit anyway with the owner&apos;s approval.</source>
        <translation>This sale takes what %1 owes to %2, past the credit limit of %3 (owed now: %4). Ask for a payment first, or give credit anyway with the owner&apos;s approval.</translation>
    </message>
    <message>
        <source>Receipt %1 already belongs to another sale. Use a new receipt number.</source>
        <translation>Receipt %1 already belongs to another sale. Use a new receipt number.</translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation>Say why the sale is voided.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>The reason is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>This sale does not exist.</translation>
    </message>
    <message>
        <source>Sale %1 was already voided.</source>
        <translation>Sale %1 was already voided.</translation>
    </message>
    <message>
        <source>Type the amount of the purchase in whole Rupiah, more than 0.</source>
        <translation>Type the amount of the purchase in whole Rupiah, more than 0.</translation>
    </message>
    <message>
        <source>Purchase (amount)</source>
        <translation>Purchase (amount)</translation>
    </message>
    <message>
        <source>Points can be used only by a member, and only whole points.</source>
        <translation>Points can be used only by a member, and only whole points.</translation>
    </message>
    <message>
        <source>%1 points are worth %2, more than this sale: use at most %3 points.</source>
        <translation>%1 points are worth %2, more than this sale: use at most %3 points.</translation>
    </message>
    <message>
        <source>Only a member can take a stamp reward.</source>
        <translation>Only a member can take a stamp reward.</translation>
    </message>
    <message>
        <source>This stamp card does not exist any more.</source>
        <translation>This stamp card does not exist any more.</translation>
    </message>
    <message>
        <source>Use at most %1 points on this sale.</source>
        <translation>Use at most %1 points on this sale.</translation>
    </message>
    <message>
        <source>%1 is above %2, the most one sale may be. Check the amount.</source>
        <translation>%1 is above %2, the most one sale may be. Check the amount.</translation>
    </message>
    <message>
        <source>Line %1 (%2): quantity × price is above %3, the most one line may be. Check the quantity and the price.</source>
        <translation>Line %1 (%2): quantity × price is above %3, the most one line may be. Check the quantity and the price.</translation>
    </message>
    <message>
        <source>With line %1 the sale&apos;s lines add up to more than %2, the most one sale may be. Split it into two sales, or check the quantities and prices.</source>
        <translation>With line %1 the sale&apos;s lines add up to more than %2, the most one sale may be. Split it into two sales, or check the quantities and prices.</translation>
    </message>
    <message>
        <source>With this sale %1 would owe %2, above %3, the most one customer may owe. Ask for a payment first.</source>
        <translation>With this sale %1 would owe %2, above %3, the most one customer may owe. Ask for a payment first.</translation>
    </message>
</context>
<context>
    <name>setia::SalesView</name>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Search receipt number… (Ctrl+F)</source>
        <translation>Search receipt number… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;New sale</translation>
    </message>
    <message>
        <source>Enter a sale (Ctrl+N)</source>
        <translation>Enter a sale (Ctrl+N)</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show the selected sale, to look at or void it (Enter)</source>
        <translation>Show the selected sale, to look at or void it (Enter)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>Cash and credit</source>
        <translation>Cash and credit</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>Not voided</translation>
    </message>
    <message>
        <source>Voided only</source>
        <translation>Voided only</translation>
    </message>
    <message>
        <source>Voided too</source>
        <translation>Voided too</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Find sale</source>
        <translation>Find sale</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>New sale</translation>
    </message>
    <message>
        <source>This sale no longer exists.</source>
        <translation>This sale no longer exists.</translation>
    </message>
    <message>
        <source>%1 sales · %2</source>
        <translation>%1 sales · %2</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2: swap them to see the sales between.</source>
        <translation>The start date %1 is after the end date %2: swap them to see the sales between.</translation>
    </message>
    <message>
        <source>No sales in this period. Ctrl+N enters a sale; at the Counter (F2) a purchase takes a few keys.</source>
        <translation>No sales in this period. Ctrl+N enters a sale; at the Counter (F2) a purchase takes a few keys.</translation>
    </message>
</context>
<context>
    <name>setia::SatisfactionView</name>
    <message>
        <source>Customer satisfaction</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>Overall only</source>
        <translation>Overall only</translation>
    </message>
    <message>
        <source>Each customer&apos;s latest score of the period counts once, every anonymous answer counts: 9–10 promote, 7–8 are passive, 0–6 detract; NPS is the share of promoters less that of detractors, from −100 to 100. Groups are the customers&apos; segments at the period&apos;s end. A detractor becomes a follow-up for the owner. To print it or save it as PDF or CSV: Reports → Satisfaction.</source>
        <translation>Each customer&apos;s latest score of the period counts once, every anonymous answer counts: 9–10 promote, 7–8 are passive, 0–6 detract; NPS is the share of promoters less that of detractors, from −100 to 100. Groups are the customers&apos; segments at the period&apos;s end. A detractor becomes a follow-up for the owner. To print it or save it as PDF or CSV: Reports → Satisfaction.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Broken down</source>
        <translation>&amp;Broken down</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a From date on or before the To date.</source>
        <translation>The period starts after it ends: choose a From date on or before the To date.</translation>
    </message>
    <message>
        <source>Working out every customer&apos;s segments…</source>
        <translation>Working out every customer&apos;s segments…</translation>
    </message>
    <message>
        <source>No survey answer in this period. Answers come from the counter (F12 after a sale), the record card (Ctrl+U) and paper cards (Complaints → Enter survey cards).</source>
        <translation>No survey answer in this period. Answers come from the counter (F12 after a sale), the record card (Ctrl+U) and paper cards (Complaints → Enter survey cards).</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 (%2) from %n answer(s)</source>
        <translation>
            <numerusform>NPS %1 (%2) from %n answer</numerusform>
            <numerusform>NPS %1 (%2) from %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 % from %n answer(s)</source>
        <translation>
            <numerusform>CSAT %1 % from %n answer</numerusform>
            <numerusform>CSAT %1 % from %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>setia::SegmentOverview</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
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
        <translation>Customers by recency (R, 5 = bought most recently) and frequency (F, 5 = buys most often), with their share of revenue</translation>
    </message>
    <message>
        <source>RFM grid: recency by frequency</source>
        <translation>RFM grid: recency by frequency</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Contribution tier</source>
        <translation>Contribution tier</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM segment</translation>
    </message>
    <message>
        <source>Profit group</source>
        <translation>Profit group</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Saved segments</translation>
    </message>
    <message>
        <source>None yet: “New segment…” builds one</source>
        <translation>None yet: “New segment…” builds one</translation>
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
        <translation>Revenue %</translation>
    </message>
</context>
<context>
    <name>setia::SegmentationSettingsBox</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Lifetime value looks ahead:</source>
        <translation>Lifetime value looks ahead:</translation>
    </message>
    <message>
        <source>Regular: up to</source>
        <translation>Regular: up to</translation>
    </message>
    <message>
        <source>Active: bought within</source>
        <translation>Active: bought within</translation>
    </message>
    <message>
        <source>Passive: bought within</source>
        <translation>Passive: bought within</translation>
    </message>
    <message>
        <source>Big: top share of revenue</source>
        <translation>Big: top share of revenue</translation>
    </message>
    <message>
        <source>Major profit: top share of margin</source>
        <translation>Major profit: top share of margin</translation>
    </message>
    <message>
        <source>Potential: grew to</source>
        <translation>Potential: grew to</translation>
    </message>
    <message>
        <source>or new within</source>
        <translation>or new within</translation>
    </message>
    <message>
        <source>Changing these changes every customer&apos;s segment at once. Big: the customers ranked first who together make this share of revenue; regular: up to this share. Potential: revenue of the last 90 days at least this share of the 90 days before, or a first purchase this recent. The tier, RFM and margin always look at the last 365 days.</source>
        <translation>Changing these changes every customer&apos;s segment at once. Big: the customers ranked first who together make this share of revenue; regular: up to this share. Potential: revenue of the last 90 days at least this share of the 90 days before, or a first purchase this recent. The tier, RFM and margin always look at the last 365 days.</translation>
    </message>
</context>
<context>
    <name>setia::SegmentsView</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Every measure counts the sales up to this day</source>
        <translation>Every measure counts the sales up to this day</translation>
    </message>
    <message>
        <source>Paper for printing and PDF</source>
        <translation>Paper for printing and PDF</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>&amp;New segment…</translation>
    </message>
    <message>
        <source>Build a segment from conditions on customer fields and measures</source>
        <translation>Build a segment from conditions on customer fields and measures</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>The selected customer&apos;s record card</source>
        <translation>The selected customer&apos;s record card</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Profitability</source>
        <translation>&amp;Profitability</translation>
    </message>
    <message>
        <source>Revenue, cost of goods, rewards and margin per customer of this segment over 365 days</source>
        <translation>Revenue, cost of goods, rewards and margin per customer of this segment over 365 days</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Add or remove a tag on the selected customers, or on the whole segment when none is selected</source>
        <translation>Add or remove a tag on the selected customers, or on the whole segment when none is selected</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Add a tag…</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Remove a tag…</translation>
    </message>
    <message>
        <source>%1 customers · revenue %2 and margin %3 in the 365 days up to %4</source>
        <translation>%1 customers · revenue %2 and margin %3 in the 365 days up to %4</translation>
    </message>
    <message>
        <source>Segment %1 %2</source>
        <translation>Segment %1 %2</translation>
    </message>
    <message>
        <source>Export segment</source>
        <translation>Export segment</translation>
    </message>
    <message>
        <source>As of %1 · Segment: %2</source>
        <translation>As of %1 · Segment: %2</translation>
    </message>
    <message>
        <source>Profitability %1.pdf</source>
        <translation>Profitability %1.pdf</translation>
    </message>
    <message>
        <source>Export profitability</source>
        <translation>Export profitability</translation>
    </message>
    <message>
        <source>Profitability %1.csv</source>
        <translation>Profitability %1.csv</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Remove a tag</translation>
    </message>
    <message>
        <source>Tag to add to %1 customers:</source>
        <translation>Tag to add to %1 customers:</translation>
    </message>
    <message>
        <source>Tag to remove from %1 customers:</source>
        <translation>Tag to remove from %1 customers:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; added to %2 customers.</source>
        <translation>Tag &quot;%1&quot; added to %2 customers.</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; removed from %2 customers.</source>
        <translation>Tag &quot;%1&quot; removed from %2 customers.</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Remove segment</translation>
    </message>
    <message>
        <source>Remove the segment &quot;%1&quot;? Its customers stay as they are: only the rule is removed.</source>
        <translation>Remove the segment &quot;%1&quot;? Its customers stay as they are: only the rule is removed.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Working out every customer&apos;s segments…</source>
        <translation>Working out every customer&apos;s segments…</translation>
    </message>
</context>
<context>
    <name>setia::SettingsService</name>
    <message>
        <source>Each business detail has at most %1 characters.</source>
        <translation>Each business detail has at most %1 characters.</translation>
    </message>
    <message>
        <source>Points per Rupiah: one point for between Rp1 and Rp100.000.000.</source>
        <translation>Points per Rupiah: one point for between Rp1 and Rp100.000.000.</translation>
    </message>
    <message>
        <source>A point is worth between Rp1 and Rp100.000.000.</source>
        <translation>A point is worth between Rp1 and Rp100.000.000.</translation>
    </message>
    <message>
        <source>Gold needs at least as much spending as Silver.</source>
        <translation>Gold needs at least as much spending as Silver.</translation>
    </message>
    <message>
        <source>A tier multiplies points by 100 % to 500 %.</source>
        <translation>A tier multiplies points by 100 % to 500 %.</translation>
    </message>
    <message>
        <source>The birthday reward has at most %1 characters.</source>
        <translation>The birthday reward has at most %1 characters.</translation>
    </message>
    <message>
        <source>Points expire after 1 to %1 months, or never (0).</source>
        <translation>Points expire after 1 to %1 months, or never (0).</translation>
    </message>
    <message>
        <source>Active means a purchase within 1 to 3650 days.</source>
        <translation>Active means a purchase within 1 to 3650 days.</translation>
    </message>
    <message>
        <source>Passive must reach further back than active, at most 3650 days.</source>
        <translation>Passive must reach further back than active, at most 3650 days.</translation>
    </message>
    <message>
        <source>The big tier&apos;s share must be below the regular tier&apos;s, both between 1 % and 99 %.</source>
        <translation>The big tier&apos;s share must be below the regular tier&apos;s, both between 1 % and 99 %.</translation>
    </message>
    <message>
        <source>The major group&apos;s share is between 1 % and 99 %.</source>
        <translation>The major group&apos;s share is between 1 % and 99 %.</translation>
    </message>
    <message>
        <source>Growth counts from 100 % to 1000 % of the 90 days before.</source>
        <translation>Growth counts from 100 % to 1000 % of the 90 days before.</translation>
    </message>
    <message>
        <source>A newcomer&apos;s first purchase is 0 to 365 days old.</source>
        <translation>A newcomer&apos;s first purchase is 0 to 365 days old.</translation>
    </message>
    <message>
        <source>The lifetime value looks 1 to 120 months ahead.</source>
        <translation>The lifetime value looks 1 to 120 months ahead.</translation>
    </message>
    <message>
        <source>Each template needs an id of its own.</source>
        <translation>Each template needs an id of its own.</translation>
    </message>
    <message>
        <source>A template&apos;s name has 1 to %1 characters.</source>
        <translation>A template&apos;s name has 1 to %1 characters.</translation>
    </message>
    <message>
        <source>The message of &quot;%1&quot; has 1 to %2 characters.</source>
        <translation>The message of &quot;%1&quot; has 1 to %2 characters.</translation>
    </message>
    <message>
        <source>The message of &quot;%1&quot; holds %2, which Setia cannot fill in. Use %3.</source>
        <translation>The message of &quot;%1&quot; holds %2, which Setia cannot fill in. Use %3.</translation>
    </message>
    <message>
        <source>Keep at least one template.</source>
        <translation>Keep at least one template.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <source>A first response cannot be allowed more time than the resolution.</source>
        <translation>A first response cannot be allowed more time than the resolution.</translation>
    </message>
    <message>
        <source>Open the shop on at least one day: the deadlines count opening hours.</source>
        <translation>Open the shop on at least one day: the deadlines count opening hours.</translation>
    </message>
    <message>
        <source>A category&apos;s name has 1 to %1 characters.</source>
        <translation>A category&apos;s name has 1 to %1 characters.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is there twice.</source>
        <translation>The category &quot;%1&quot; is there twice.</translation>
    </message>
    <message>
        <source>Keep 1 to %1 categories.</source>
        <translation>Keep 1 to %1 categories.</translation>
    </message>
    <message>
        <source>The hours for a first response</source>
        <translation>The hours for a first response</translation>
    </message>
    <message>
        <source>The hours for a resolution</source>
        <translation>The hours for a resolution</translation>
    </message>
    <message>
        <source>The hours for a first response to an urgent complaint</source>
        <translation>The hours for a first response to an urgent complaint</translation>
    </message>
    <message>
        <source>The hours for resolving an urgent complaint</source>
        <translation>The hours for resolving an urgent complaint</translation>
    </message>
    <message>
        <source>The days before calling back a detractor</source>
        <translation>The days before calling back a detractor</translation>
    </message>
    <message>
        <source>The responses a margin needs</source>
        <translation>The responses a margin needs</translation>
    </message>
</context>
<context>
    <name>setia::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>e.g. Toko Sumber Rejeki</source>
        <translation>e.g. Toko Sumber Rejeki</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>Business &amp;name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Follow the computer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>A new language shows the next time Setia starts.</source>
        <translation>A new language shows the next time Setia starts.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Saved. Restart Setia to see the new language.</source>
        <translation>Saved. Restart Setia to see the new language.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Printed at the top of reports, customer record cards and sales target sheets.</source>
        <translation>Printed at the top of reports, customer record cards and sales target sheets.</translation>
    </message>
</context>
<context>
    <name>setia::StampCardDialog</name>
    <message>
        <source>New stamp card</source>
        <translation>New stamp card</translation>
    </message>
    <message>
        <source>Stamp card %1</source>
        <translation>Stamp card %1</translation>
    </message>
    <message>
        <source>e.g. Kopi Susu</source>
        <translation>e.g. Kopi Susu</translation>
    </message>
    <message>
        <source>A &amp;product</source>
        <translation>A &amp;product</translation>
    </message>
    <message>
        <source>Any product of a ca&amp;tegory</source>
        <translation>Any product of a ca&amp;tegory</translation>
    </message>
    <message>
        <source>Name or SKU</source>
        <translation>Name or SKU</translation>
    </message>
    <message>
        <source>The item given free</source>
        <translation>The item given free</translation>
    </message>
    <message>
        <source>Card &amp;name *</source>
        <translation>Card &amp;name *</translation>
    </message>
    <message>
        <source>A stamp for each unit of</source>
        <translation>A stamp for each unit of</translation>
    </message>
    <message>
        <source>&amp;Stamps for a reward</source>
        <translation>&amp;Stamps for a reward</translation>
    </message>
    <message>
        <source>&amp;Reward *</source>
        <translation>&amp;Reward *</translation>
    </message>
    <message>
        <source>Members already hold stamps on this card, so its rules stay as they are: saving a change starts version %1. Members finish the card they hold under its rules; new stamps then go on the new version.</source>
        <translation>Members already hold stamps on this card, so its rules stay as they are: saving a change starts version %1. Members finish the card they hold under its rules; new stamps then go on the new version.</translation>
    </message>
    <message>
        <source>Items given free give no stamps. The rules lock once the first stamp is given; a later change starts a new version.</source>
        <translation>Items given free give no stamps. The rules lock once the first stamp is given; a later change starts a new version.</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Save card</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>setia::StampCardsBox</name>
    <message>
        <source>Stamp cards</source>
        <translation>Stamp cards</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>A stamp for</source>
        <translation>A stamp for</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Stamps</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New card…</source>
        <translation>New card…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Stop giving stamps</source>
        <translation>Stop giving stamps</translation>
    </message>
    <message>
        <source>One stamp per unit bought. Saved at once; rewards are taken at the counter.</source>
        <translation>One stamp per unit bought. Saved at once; rewards are taken at the counter.</translation>
    </message>
    <message>
        <source>giving stamps</source>
        <translation>giving stamps</translation>
    </message>
    <message>
        <source>stopped or replaced</source>
        <translation>stopped or replaced</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>category %1</translation>
    </message>
    <message>
        <source>Stop giving stamps on the %1 card? Members keep the stamps they have, and can still take the rewards they earned.</source>
        <translation>Stop giving stamps on the %1 card? Members keep the stamps they have, and can still take the rewards they earned.</translation>
    </message>
</context>
<context>
    <name>setia::SurveyAnswerDialog</name>
    <message>
        <source>Survey answer</source>
        <translation>Survey answer</translation>
    </message>
    <message>
        <source>Anonymous (no customer)</source>
        <translation>Anonymous (no customer)</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By WhatsApp</source>
        <translation>By WhatsApp</translation>
    </message>
    <message>
        <source>On a paper card</source>
        <translation>On a paper card</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>What they said, in their words (optional)</source>
        <translation>What they said, in their words (optional)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>&amp;Would recommend us (0–10)</source>
        <translation>&amp;Would recommend us (0–10)</translation>
    </message>
    <message>
        <source>&amp;Satisfied (1–5)</source>
        <translation>&amp;Satisfied (1–5)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <source>Ask: &quot;How likely are you to recommend us to a friend, from 0 to 10?&quot; and &quot;How satisfied were you, from 1 to 5?&quot; Either may stay empty.</source>
        <translation>Ask: &quot;How likely are you to recommend us to a friend, from 0 to 10?&quot; and &quot;How satisfied were you, from 1 to 5?&quot; Either may stay empty.</translation>
    </message>
</context>
<context>
    <name>setia::SurveyBatchDialog</name>
    <message>
        <source>Enter survey cards</source>
        <translation>Enter survey cards</translation>
    </message>
    <message>
        <source>Scan the card&apos;s barcode (or press Enter for a card without a name), type the recommendation score 0–10 and press Enter. The satisfaction score 1–5 is one Tab further.</source>
        <translation>Scan the card&apos;s barcode (or press Enter for a card without a name), type the recommendation score 0–10 and press Enter. The satisfaction score 1–5 is one Tab further.</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Member code</translation>
    </message>
    <message>
        <source>Cards &amp;collected on</source>
        <translation>Cards &amp;collected on</translation>
    </message>
    <message>
        <source>Member &amp;code</source>
        <translation>Member &amp;code</translation>
    </message>
    <message>
        <source>&amp;Recommend (0–10)</source>
        <translation>&amp;Recommend (0–10)</translation>
    </message>
    <message>
        <source>&amp;Satisfied (1–5)</source>
        <translation>&amp;Satisfied (1–5)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>A card without a name (anonymous)</source>
        <translation>A card without a name (anonymous)</translation>
    </message>
    <message>
        <source>No customer has the code %1. Scan the card again, or clear the code for an anonymous card.</source>
        <translation>No customer has the code %1. Scan the card again, or clear the code for an anonymous card.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>recommend %1</source>
        <translation>recommend %1</translation>
    </message>
    <message>
        <source>satisfied %1</source>
        <translation>satisfied %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) entered</source>
        <translation>
            <numerusform>%n card entered</numerusform>
            <numerusform>%n cards entered</numerusform>
        </translation>
    </message>
    <message>
        <source>No card entered yet.</source>
        <translation>No card entered yet.</translation>
    </message>
</context>
<context>
    <name>setia::SurveyService</name>
    <message>
        <source>Enter a score: how likely they are to recommend the shop (0–10), how satisfied they were (1–5), or both.</source>
        <translation>Enter a score: how likely they are to recommend the shop (0–10), how satisfied they were (1–5), or both.</translation>
    </message>
    <message>
        <source>The recommendation score is 0 to 10.</source>
        <translation>The recommendation score is 0 to 10.</translation>
    </message>
    <message>
        <source>The satisfaction score is 1 to 5.</source>
        <translation>The satisfaction score is 1 to 5.</translation>
    </message>
    <message>
        <source>This date is still to come: enter when the customer answered.</source>
        <translation>This date is still to come: enter when the customer answered.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>The text holds invisible control characters. Type it again.</translation>
    </message>
    <message>
        <source>The comment is too long: at most %1 characters.</source>
        <translation>The comment is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The staff name is too long: at most %1 characters.</source>
        <translation>The staff name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>This customer no longer exists or was merged into another. Choose another, or record the answer without a name.</source>
        <translation>This customer no longer exists or was merged into another. Choose another, or record the answer without a name.</translation>
    </message>
    <message>
        <source>That sale is not this customer&apos;s. Choose one of their sales.</source>
        <translation>That sale is not this customer&apos;s. Choose one of their sales.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Call back: would not recommend the shop (score %1 of 10)</source>
        <translation>Call back: would not recommend the shop (score %1 of 10)</translation>
    </message>
    <message>
        <source>By lifecycle</source>
        <translation>By lifecycle</translation>
    </message>
    <message>
        <source>By contribution tier</source>
        <translation>By contribution tier</translation>
    </message>
    <message>
        <source>By RFM segment</source>
        <translation>By RFM segment</translation>
    </message>
    <message>
        <source>By customer type</source>
        <translation>By customer type</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>All answers</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Archived customers</source>
        <translation>Archived customers</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>setia::TargetCustomersModel</name>
    <message>
        <source>Due: today is a visit day</source>
        <translation>Due: today is a visit day</translation>
    </message>
    <message>
        <source>Due: their usual gap between purchases has passed</source>
        <translation>Due: their usual gap between purchases has passed</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>To collect</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
</context>
<context>
    <name>setia::TargetItemsModel</name>
    <message>
        <source>avg of %1</source>
        <translation>avg of %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>setia::TargetsView</name>
    <message>
        <source>Today&apos;s sales targets</source>
        <translation>Today&apos;s sales targets</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <source>Change a quantity for this sheet only (0 leaves the item off)</source>
        <translation>Change a quantity for this sheet only (0 leaves the item off)</translation>
    </message>
    <message>
        <source>&amp;Take off this sheet</source>
        <translation>&amp;Take off this sheet</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Earlier on the route (Ctrl+Up); remembered for the next sheets</source>
        <translation>Earlier on the route (Ctrl+Up); remembered for the next sheets</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Later on the route (Ctrl+Down); remembered for the next sheets</source>
        <translation>Later on the route (Ctrl+Down); remembered for the next sheets</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>Sales targets</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 customers due · target value %2 · receivables to collect %3</source>
        <translation>%1 customers due · target value %2 · receivables to collect %3</translation>
    </message>
    <message>
        <source>Sales targets %1.pdf</source>
        <translation>Sales targets %1.pdf</translation>
    </message>
    <message>
        <source>Export sales targets</source>
        <translation>Export sales targets</translation>
    </message>
    <message>
        <source>Sales targets %1.csv</source>
        <translation>Sales targets %1.csv</translation>
    </message>
    <message>
        <source>Add a customer…</source>
        <translation>Add a customer…</translation>
    </message>
    <message>
        <source>Add a customer to this sheet: name, phone or member code</source>
        <translation>Add a customer to this sheet: name, phone or member code</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Recompute</translation>
    </message>
    <message>
        <source>Read the sales and receivables again; changes made to this sheet are dropped (the route order stays)</source>
        <translation>Read the sales and receivables again; changes made to this sheet are dropped (the route order stays)</translation>
    </message>
    <message>
        <source>Finding the customers due on %1…</source>
        <translation>Finding the customers due on %1…</translation>
    </message>
</context>
<context>
    <name>setia::TicketDialog</name>
    <message>
        <source>What was said or done (goes with the step)</source>
        <translation>What was said or done (goes with the step)</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Answered</translation>
    </message>
    <message>
        <source>The customer heard back: the first response</source>
        <translation>The customer heard back: the first response</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer</source>
        <translation>&amp;Waiting for the customer</translation>
    </message>
    <message>
        <source>The deadline clock stops until the customer comes back</source>
        <translation>The deadline clock stops until the customer comes back</translation>
    </message>
    <message>
        <source>Back in &amp;progress</source>
        <translation>Back in &amp;progress</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>Resol&amp;ve…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Done with: nothing more to do about it</source>
        <translation>Done with: nothing more to do about it</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>What happened so far</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <source>staff: %1</source>
        <translation>staff: %1</translation>
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
        <translation>The tanda terima for the customer, with the complaint&apos;s number</translation>
    </message>
    <message>
        <source>On the &amp;receipt printer</source>
        <translation>On the &amp;receipt printer</translation>
    </message>
    <message>
        <source>On &amp;A5 paper…</source>
        <translation>On &amp;A5 paper…</translation>
    </message>
    <message>
        <source>A5 as &amp;PDF…</source>
        <translation>A5 as &amp;PDF…</translation>
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
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>setia::TicketService</name>
    <message>
        <source>Choose the customer who complains: this one no longer exists or was merged into another. Someone not yet a member is added first (a name and a phone are enough) so the shop can reach them.</source>
        <translation>Choose the customer who complains: this one no longer exists or was merged into another. Someone not yet a member is added first (a name and a phone are enough) so the shop can reach them.</translation>
    </message>
    <message>
        <source>This time is still to come: enter when the complaint was received.</source>
        <translation>This time is still to come: enter when the complaint was received.</translation>
    </message>
    <message>
        <source>The text holds invisible control characters. Type it again.</source>
        <translation>The text holds invisible control characters. Type it again.</translation>
    </message>
    <message>
        <source>Write down what the customer complains about, in their words.</source>
        <translation>Write down what the customer complains about, in their words.</translation>
    </message>
    <message>
        <source>The complaint is too long: at most %1 characters.</source>
        <translation>The complaint is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The resolution is too long: at most %1 characters.</source>
        <translation>The resolution is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation>Choose what the complaint is about.</translation>
    </message>
    <message>
        <source>The category is too long: at most %1 characters.</source>
        <translation>The category is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The staff name is too long: at most %1 characters.</source>
        <translation>The staff name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>What the remedy cost is between Rp0 and Rp999.999.999.999.</source>
        <translation>What the remedy cost is between Rp0 and Rp999.999.999.999.</translation>
    </message>
    <message>
        <source>Choose the sale the line is on.</source>
        <translation>Choose the sale the line is on.</translation>
    </message>
    <message>
        <source>That sale is not this customer&apos;s. Choose one of their sales.</source>
        <translation>That sale is not this customer&apos;s. Choose one of their sales.</translation>
    </message>
    <message>
        <source>Ticket %1 is there already.</source>
        <translation>Ticket %1 is there already.</translation>
    </message>
    <message>
        <source>This complaint is not there any more.</source>
        <translation>This complaint is not there any more.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>This complaint is resolved already; add a note instead.</source>
        <translation>This complaint is resolved already; add a note instead.</translation>
    </message>
    <message>
        <source>Write down what the customer was told.</source>
        <translation>Write down what the customer was told.</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>Say how it was resolved.</translation>
    </message>
    <message>
        <source>This complaint is closed. Open a new one if the customer complains again.</source>
        <translation>This complaint is closed. Open a new one if the customer complains again.</translation>
    </message>
    <message>
        <source>A complaint cannot go from this status to that one.</source>
        <translation>A complaint cannot go from this status to that one.</translation>
    </message>
    <message>
        <source>This complaint is resolved or closed already.</source>
        <translation>This complaint is resolved or closed already.</translation>
    </message>
    <message>
        <source>Say what the customer was given.</source>
        <translation>Say what the customer was given.</translation>
    </message>
    <message>
        <source>Ask whether the customer is satisfied with how complaint %1 was resolved</source>
        <translation>Ask whether the customer is satisfied with how complaint %1 was resolved</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
</context>
<context>
    <name>setia::TimelineModel</name>
    <message>
        <source>OVERDUE — %1</source>
        <translation>OVERDUE — %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>setia::TimelinePanel</name>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Enter on an open follow-up: mark it done</source>
        <translation>Enter on an open follow-up: mark it done</translation>
    </message>
    <message>
        <source>&amp;Log a contact… (Ctrl+L)</source>
        <translation>&amp;Log a contact… (Ctrl+L)</translation>
    </message>
    <message>
        <source>New &amp;follow-up… (Ctrl+T)</source>
        <translation>New &amp;follow-up… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Follow-up &amp;done…</source>
        <translation>Follow-up &amp;done…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
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
        <translation>Today</translation>
    </message>
    <message>
        <source>Search name, member code or phone… (Ctrl+F)</source>
        <translation>Search name, member code or phone… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <source>Log a call, visit or message with the selected customer (Ctrl+L)</source>
        <translation>Log a call, visit or message with the selected customer (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done, with its outcome (Ctrl+D)</source>
        <translation>Mark the selected follow-up done, with its outcome (Ctrl+D)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print the list</source>
        <translation>&amp;Print the list</translation>
    </message>
    <message>
        <source>The rows shown as the day&apos;s work list on A4</source>
        <translation>The rows shown as the day&apos;s work list on A4</translation>
    </message>
    <message>
        <source>Nothing to do on this day: no follow-up due, no birthday this week, no credit falling due and nobody out of touch.</source>
        <translation>Nothing to do on this day: no follow-up due, no birthday this week, no credit falling due and nobody out of touch.</translation>
    </message>
    <message>
        <source>Find on the agenda</source>
        <translation>Find on the agenda</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Work list %1</source>
        <translation>Work list %1</translation>
    </message>
    <message>
        <source>Working out the day&apos;s agenda…</source>
        <translation>Working out the day&apos;s agenda…</translation>
    </message>
    <message>
        <source>Work list %1.pdf</source>
        <translation>Work list %1.pdf</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>Agenda %1.csv</source>
        <translation>Agenda %1.csv</translation>
    </message>
    <message>
        <source>%1 to do · follow-ups %2 (%3 late) · birthdays %4 · receivables %5 · out of touch %6</source>
        <translation>%1 to do · follow-ups %2 (%3 late) · birthdays %4 · receivables %5 · out of touch %6</translation>
    </message>
    <message>
        <source>&amp;WhatsApp…</source>
        <translation>&amp;WhatsApp…</translation>
    </message>
    <message>
        <source>A message to the selected customer on WhatsApp (Alt+W)</source>
        <translation>A message to the selected customer on WhatsApp (Alt+W)</translation>
    </message>
</context>
<context>
    <name>setia::WelcomeDialog</name>
    <message>
        <source>Welcome to Setia</source>
        <translation>Welcome to Setia</translation>
    </message>
    <message>
        <source>Setia keeps your customers, their purchases, what they owe and their points, and tells you whom to visit and whom to win back. Everything stays in one file on this computer.

First, your business as it should appear on receipts, kwitansi and reports:</source>
        <translation>Setia keeps your customers, their purchases, what they owe and their points, and tells you whom to visit and whom to win back. Everything stays in one file on this computer.

First, your business as it should appear on receipts, kwitansi and reports:</translation>
    </message>
    <message>
        <source>e.g. Toko Sumber Rejeki</source>
        <translation>e.g. Toko Sumber Rejeki</translation>
    </message>
    <message>
        <source>street, town</source>
        <translation>street, town</translation>
    </message>
    <message>
        <source>e.g. 0812-3456-7890</source>
        <translation>e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>Business &amp;name</source>
        <translation>Business &amp;name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Not ready yet? Try Setia with a demo shop of 3 000 customers first. It is made in a file of its own, %1, next to yours: your data stays as it is, and Setia opens your own file again next time.</source>
        <translation>Not ready yet? Try Setia with a demo shop of 3 000 customers first. It is made in a file of its own, %1, next to yours: your data stays as it is, and Setia opens your own file again next time.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Try the &amp;demo data</source>
        <translation>Try the &amp;demo data</translation>
    </message>
    <message>
        <source>Type your business&apos;s name: it heads every receipt and report. You can change it later in Settings.</source>
        <translation>Type your business&apos;s name: it heads every receipt and report. You can change it later in Settings.</translation>
    </message>
</context>
<context>
    <name>setia::WhatsAppDialog</name>
    <message>
        <source>Message on WhatsApp</source>
        <translation>Message on WhatsApp</translation>
    </message>
    <message>
        <source>%1 (offer: needs consent)</source>
        <translation>%1 (offer: needs consent)</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Open in WhatsApp</source>
        <translation>&amp;Open in WhatsApp</translation>
    </message>
    <message>
        <source>Opens WhatsApp with the message typed in; send it there. Setia logs it on the customer&apos;s timeline.</source>
        <translation>Opens WhatsApp with the message typed in; send it there. Setia logs it on the customer&apos;s timeline.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing on this computer opens WhatsApp links. Install WhatsApp or a web browser, or send the message from the phone: %1</source>
        <translation>Nothing on this computer opens WhatsApp links. Install WhatsApp or a web browser, or send the message from the phone: %1</translation>
    </message>
    <message>
        <source>WhatsApp was opened, but the message was not logged: %1</source>
        <translation>WhatsApp was opened, but the message was not logged: %1</translation>
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
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Preparing page %1 of %2…</source>
        <translation>Preparing page %1 of %2…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
</context>
</TS>
