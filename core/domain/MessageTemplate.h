#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace setia {

// Why a message is sent, which decides whose consent it needs (SPEC §10): a transaction
// message (a debt reminder, a thank-you for a purchase) goes to any customer with a WhatsApp
// number; a marketing one (a birthday greeting with an offer, "we miss you") only to those who
// agreed to marketing on WhatsApp.
enum class MessagePurpose { Transaction, Marketing };

// A WhatsApp message template of Settings: its text holds tokens that are filled in per
// customer — {nama}, {kode}, {poin}, {utang}, {jatuh_tempo}, {toko}.
struct MessageTemplate
{
    QString id; // "ulang_tahun", … (stable: files and settings name it)
    QString name;
    QString text;
    MessagePurpose purpose = MessagePurpose::Marketing;

    friend bool operator==(const MessageTemplate&, const MessageTemplate&) = default;
};

// What the tokens stand for, for one customer, as they are shown.
struct MessageValues
{
    QString name;    // {nama}
    QString code;    // {kode}
    QString points;  // {poin}: "12.500"
    QString debt;    // {utang}: "Rp1.250.000"
    QString dueDate; // {jatuh_tempo}: "24/11/2026", or "-" when nothing is due
    QString shop;    // {toko}
    QString offer;   // {tawaran}: a campaign's offer to this customer (SPEC §15)
};

class MessageTemplates
{
public:
    static constexpr int maxTextLength = 1000; // SPEC §15
    static constexpr int maxNameLength = 60;

    // The four a shop starts with, in Indonesian: a birthday greeting, a debt reminder, a
    // thank-you and a "we miss you".
    static QList<MessageTemplate> defaults();
    // Every token a template's text may hold, with its braces.
    static QStringList tokens();
    // The tokens of a campaign's message (SPEC §15): {tawaran} instead of {jatuh_tempo}.
    static QStringList campaignTokens();
    // `text` with each token replaced by its value; other text as it is.
    static QString fill(const QString& text, const MessageValues& values);
    // The first {…} of `text` that is not a token, empty when there is none.
    static QString unknownToken(const QString& text);
    // The same against the tokens `allowed`.
    static QString unknownToken(const QString& text, const QStringList& allowed);
};

} // namespace setia
