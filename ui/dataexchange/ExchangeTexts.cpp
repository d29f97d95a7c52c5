#include "dataexchange/ExchangeTexts.h"

#include <QHash>

namespace setia {

QList<ImportKind> ExchangeTexts::kinds()
{
    return {ImportKind::Customers, ImportKind::Products,     ImportKind::Sales,
            ImportKind::Payments,  ImportKind::Interactions, ImportKind::Surveys,
            ImportKind::Tickets};
}

QString ExchangeTexts::kindTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return tr("&Customers");
    case ImportKind::Products:
        return tr("&Products");
    case ImportKind::Sales:
        return tr("&Sales");
    case ImportKind::Payments:
        return tr("Pa&yments");
    case ImportKind::Interactions:
        return tr("C&ontacts");
    case ImportKind::Surveys:
        return tr("Sur&veys");
    case ImportKind::Tickets:
        return tr("Co&mplaints");
    }
    return {};
}

QString ExchangeTexts::explanation(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return tr("Names, phone numbers, addresses and credit terms. Rows without a member code "
                  "get a new one.");
    case ImportKind::Products:
        return tr("The catalogue: SKU, name, category, unit, price and cost. An SKU already in "
                  "Setia is refused.");
    case ImportKind::Sales:
        return tr("One row per item sold; rows with the same receipt form one sale. Import the "
                  "customers and products first.");
    case ImportKind::Payments:
        return tr("Payments received from customers; each pays their oldest credit sales "
                  "first.");
    case ImportKind::Interactions:
        return tr("Calls, visits and messages from a notebook or another program: date, member "
                  "code, kind (call, visit, whatsapp, sms, email, meeting, note), staff, what was "
                  "said and what came of it. They join each customer's timeline.");
    case ImportKind::Surveys:
        return tr("Answers to the satisfaction survey: date, member code (empty: anonymous), "
                  "channel, recommendation score 0–10, satisfaction 1–5, comment, receipt.");
    case ImportKind::Tickets:
        return tr("Complaints from a book or another program: number, date, member code, "
                  "receipt, category, priority, status, what the customer said and what the "
                  "remedy cost.");
    }
    return {};
}

QString ExchangeTexts::importTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return tr("Import customers");
    case ImportKind::Products:
        return tr("Import products");
    case ImportKind::Sales:
        return tr("Import sales");
    case ImportKind::Payments:
        return tr("Import payments");
    case ImportKind::Interactions:
        return tr("Import contacts");
    case ImportKind::Surveys:
        return tr("Import survey answers");
    case ImportKind::Tickets:
        return tr("Import complaints");
    }
    return {};
}

QString ExchangeTexts::exportTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return tr("Export customers");
    case ImportKind::Products:
        return tr("Export products");
    case ImportKind::Sales:
        return tr("Export sales");
    case ImportKind::Payments:
        return tr("Export payments");
    case ImportKind::Interactions:
        return tr("Export contacts");
    case ImportKind::Surveys:
        return tr("Export survey answers");
    case ImportKind::Tickets:
        return tr("Export complaints");
    }
    return {};
}

QString ExchangeTexts::fileStem(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        //: The start of a file name: lower case, no spaces.
        return tr("customers");
    case ImportKind::Products:
        //: The start of a file name: lower case, no spaces.
        return tr("products");
    case ImportKind::Sales:
        //: The start of a file name: lower case, no spaces.
        return tr("sales");
    case ImportKind::Payments:
        //: The start of a file name: lower case, no spaces.
        return tr("payments");
    case ImportKind::Interactions:
        //: The start of a file name: lower case, no spaces.
        return tr("contacts");
    case ImportKind::Surveys:
        //: The start of a file name: lower case, no spaces.
        return tr("surveys");
    case ImportKind::Tickets:
        //: The start of a file name: lower case, no spaces.
        return tr("complaints");
    }
    return {};
}

QString ExchangeTexts::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("code"), QT_TR_NOOP("Member code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Person or business")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
        {QStringLiteral("type"), QT_TR_NOOP("Customer type")},
        {QStringLiteral("source"), QT_TR_NOOP("How they came")},
        {QStringLiteral("salesperson"), QT_TR_NOOP("Salesperson")},
        {QStringLiteral("visit_days"), QT_TR_NOOP("Visit days")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("joined"), QT_TR_NOOP("Joined")},
        {QStringLiteral("credit_limit"), QT_TR_NOOP("Credit limit")},
        {QStringLiteral("terms_days"), QT_TR_NOOP("Payment terms (days)")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("sku"), QT_TR_NOOP("SKU")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("price"), QT_TR_NOOP("Price")},
        {QStringLiteral("cost"), QT_TR_NOOP("Cost")},
        {QStringLiteral("receipt"), QT_TR_NOOP("Receipt")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("customer_code"), QT_TR_NOOP("Customer's member code")},
        {QStringLiteral("qty"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("unit_price"), QT_TR_NOOP("Unit price")},
        {QStringLiteral("payment"), QT_TR_NOOP("Cash or credit")},
        {QStringLiteral("line_discount"), QT_TR_NOOP("Line discount")},
        {QStringLiteral("sale_discount"), QT_TR_NOOP("Sale discount")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("method"), QT_TR_NOOP("Method")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
    };
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

} // namespace setia
