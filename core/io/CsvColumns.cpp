#include "io/CsvColumns.h"

#include <QHash>

namespace setia {

QStringList CsvColumns::of(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {QStringLiteral("code"),         QStringLiteral("name"),
                QStringLiteral("kind"),         QStringLiteral("phone"),
                QStringLiteral("email"),        QStringLiteral("address"),
                QStringLiteral("city"),         QStringLiteral("area"),
                QStringLiteral("type"),         QStringLiteral("source"),
                QStringLiteral("salesperson"),  QStringLiteral("visit_days"),
                QStringLiteral("birthday"),     QStringLiteral("joined"),
                QStringLiteral("credit_limit"), QStringLiteral("terms_days"),
                QStringLiteral("tags"),         QStringLiteral("notes")};
    case ImportKind::Products:
        return {QStringLiteral("sku"),  QStringLiteral("name"),  QStringLiteral("category"),
                QStringLiteral("unit"), QStringLiteral("price"), QStringLiteral("cost")};
    case ImportKind::Sales:
        return {QStringLiteral("receipt"),       QStringLiteral("date"),
                QStringLiteral("customer_code"), QStringLiteral("sku"),
                QStringLiteral("qty"),           QStringLiteral("unit_price"),
                QStringLiteral("payment"),       QStringLiteral("line_discount"),
                QStringLiteral("sale_discount")};
    case ImportKind::Payments:
        return {QStringLiteral("date"), QStringLiteral("customer_code"), QStringLiteral("amount"),
                QStringLiteral("method"), QStringLiteral("note")};
    case ImportKind::Interactions:
        return {QStringLiteral("date"),    QStringLiteral("customer_code"),
                QStringLiteral("kind"),    QStringLiteral("staff"),
                QStringLiteral("summary"), QStringLiteral("outcome")};
    case ImportKind::Surveys:
        return {QStringLiteral("date"),    QStringLiteral("customer_code"),
                QStringLiteral("channel"), QStringLiteral("nps"),
                QStringLiteral("csat"),    QStringLiteral("comment"),
                QStringLiteral("receipt")};
    case ImportKind::Tickets:
        return {
            QStringLiteral("number"),  QStringLiteral("date"),     QStringLiteral("customer_code"),
            QStringLiteral("receipt"), QStringLiteral("category"), QStringLiteral("priority"),
            QStringLiteral("status"),  QStringLiteral("summary"),  QStringLiteral("remedy_cost")};
    }
    return {};
}

QStringList CsvColumns::required(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {QStringLiteral("name")};
    case ImportKind::Products:
        return {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")};
    case ImportKind::Sales:
        return {QStringLiteral("receipt"), QStringLiteral("date"), QStringLiteral("sku"),
                QStringLiteral("qty")};
    case ImportKind::Payments:
        return {QStringLiteral("date"), QStringLiteral("customer_code"), QStringLiteral("amount")};
    case ImportKind::Interactions:
        return {QStringLiteral("date"), QStringLiteral("customer_code"), QStringLiteral("kind")};
    case ImportKind::Surveys:
        return {QStringLiteral("date")};
    case ImportKind::Tickets:
        return {QStringLiteral("date"), QStringLiteral("customer_code"), QStringLiteral("summary")};
    }
    return {};
}

std::optional<ImportKind> CsvColumns::kindFromId(const QString& id)
{
    if (id == QLatin1String("customers"))
        return ImportKind::Customers;
    if (id == QLatin1String("products"))
        return ImportKind::Products;
    if (id == QLatin1String("sales"))
        return ImportKind::Sales;
    if (id == QLatin1String("payments"))
        return ImportKind::Payments;
    if (id == QLatin1String("interactions"))
        return ImportKind::Interactions;
    if (id == QLatin1String("surveys"))
        return ImportKind::Surveys;
    if (id == QLatin1String("tickets"))
        return ImportKind::Tickets;
    return std::nullopt;
}

QString CsvColumns::describe(const QString& column)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("email"), QT_TR_NOOP("email")},
        {QStringLiteral("address"), QT_TR_NOOP("address")},
        {QStringLiteral("city"), QT_TR_NOOP("city")},
        {QStringLiteral("area"), QT_TR_NOOP("area")},
        {QStringLiteral("type"), QT_TR_NOOP("type")},
        {QStringLiteral("source"), QT_TR_NOOP("source")},
        {QStringLiteral("salesperson"), QT_TR_NOOP("salesperson")},
        {QStringLiteral("visit_days"), QT_TR_NOOP("visit days")},
        {QStringLiteral("birthday"), QT_TR_NOOP("birthday")},
        {QStringLiteral("joined"), QT_TR_NOOP("joined")},
        {QStringLiteral("credit_limit"), QT_TR_NOOP("credit limit")},
        {QStringLiteral("terms_days"), QT_TR_NOOP("credit terms in days")},
        {QStringLiteral("tags"), QT_TR_NOOP("tags")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("sku"), QT_TR_NOOP("SKU")},
        {QStringLiteral("category"), QT_TR_NOOP("category")},
        {QStringLiteral("unit"), QT_TR_NOOP("unit")},
        {QStringLiteral("price"), QT_TR_NOOP("price")},
        {QStringLiteral("cost"), QT_TR_NOOP("cost")},
        {QStringLiteral("receipt"), QT_TR_NOOP("receipt number")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
        {QStringLiteral("customer_code"), QT_TR_NOOP("customer code")},
        {QStringLiteral("qty"), QT_TR_NOOP("quantity")},
        {QStringLiteral("unit_price"), QT_TR_NOOP("unit price")},
        {QStringLiteral("payment"), QT_TR_NOOP("payment")},
        {QStringLiteral("line_discount"), QT_TR_NOOP("line discount")},
        {QStringLiteral("sale_discount"), QT_TR_NOOP("sale discount")},
        {QStringLiteral("amount"), QT_TR_NOOP("amount")},
        {QStringLiteral("method"), QT_TR_NOOP("payment method")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("staff"), QT_TR_NOOP("staff")},
        {QStringLiteral("summary"), QT_TR_NOOP("what was said")},
        {QStringLiteral("outcome"), QT_TR_NOOP("outcome")},
        {QStringLiteral("channel"), QT_TR_NOOP("channel")},
        {QStringLiteral("nps"), QT_TR_NOOP("recommendation score")},
        {QStringLiteral("csat"), QT_TR_NOOP("satisfaction score")},
        {QStringLiteral("comment"), QT_TR_NOOP("comment")},
        {QStringLiteral("number"), QT_TR_NOOP("ticket number")},
        {QStringLiteral("priority"), QT_TR_NOOP("priority")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("remedy_cost"), QT_TR_NOOP("remedy cost")},
    };
    const auto found = names.constFind(column);
    if (found == names.constEnd())
        return column;
    const QString name = tr(*found);
    return name == column ? name : tr("%1 (column %2)").arg(name, column);
}

} // namespace setia
