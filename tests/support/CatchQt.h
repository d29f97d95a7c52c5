#pragma once

// Catch2 learns to print Qt values and Setia errors, so that a failed CHECK shows them.
// Include before any assertion that compares these types.

#include "common/Error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "{ " + value.join(QStringLiteral(" | ")).toStdString() + " }";
    }
};

template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : "(null date)";
    }
};

template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString()
                               : "(null date-time)";
    }
};

template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value)
    {
        return "QByteArray of " + std::to_string(value.size()) + " bytes";
    }
};

template <>
struct StringMaker<setia::Error::Kind>
{
    static std::string convert(setia::Error::Kind kind);
};

} // namespace Catch

// Fails the running test with the error's message when `result` (a Result or Status) is not
// ok; without it a failed REQUIRE(result.ok()) says nothing about why.
#define SETIA_REQUIRE_OK(result)                                                                   \
    do {                                                                                           \
        const auto& setiaResult_ = (result);                                                       \
        if (!setiaResult_.ok())                                                                    \
            FAIL("expected success, got: " << setiaResult_.error().message().toStdString());       \
    } while (false)
