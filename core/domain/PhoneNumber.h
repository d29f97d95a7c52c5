#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace setia {

// Phone numbers are stored in E.164 ("+6281234567890") and shown nationally
// ("0812-3456-7890"). Rules in SPEC §1; choices where it is silent in docs/decisions.md.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // Normalises what a person typed. Separators (space - . / ( )) are dropped; letters are
    // refused. Error::Kind::Validation with field "phone" and a message saying how to write
    // the number.
    static Result<QString> normalize(const QString& typed);

    // "0812-3456-7890" for Indonesian numbers, "+44 20…" kept in E.164 otherwise.
    static QString formatNational(const QString& e164);

    // "https://wa.me/6281234567890", with "?text=…" URL-encoded when text is given.
    static QString whatsAppUrl(const QString& e164, const QString& text = {});

    // The digits a search index keeps for a stored number: the national significant number
    // for Indonesia ("81234567890"), all digits for other countries.
    static QString searchDigits(const QString& e164);

    // The digits to look for when a person types part of a number in a search box:
    // "0812", "+62 812", "812-" all give "812"; "7890" and "0012" stay as they are; a bare
    // call prefix ("0", "+62") gives its own digits. Empty when the text is not a phone
    // fragment (it holds a letter or no digit).
    static QString queryDigits(const QString& typed);

    // The counter's digits (SPEC §11): what a stored number must end with when a person typed
    // only digits, at least three ("4562", "0812-34", "+62 812 3456 7890" → "081234567890").
    // Empty when the text holds anything else or fewer digits.
    static QString typedEnding(const QString& typed);
    // The digits whose end the counter compares with typedEnding(): the national number of an
    // Indonesian phone ("081234567890"), the digits of another country's ("6591234562").
    static QString endingDigits(const QString& e164);
};

} // namespace setia
