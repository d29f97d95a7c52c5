#include "io/CsvColumns.h"

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
    return std::nullopt;
}

} // namespace setia
