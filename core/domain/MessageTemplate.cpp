#include "domain/MessageTemplate.h"

#include <QRegularExpression>

namespace setia {

QList<MessageTemplate> MessageTemplates::defaults()
{
    // In Indonesian whatever the screen's language: they are sent to the shop's customers.
    return {
        {QStringLiteral("ulang_tahun"), QStringLiteral("Ucapan ulang tahun"),
         QStringLiteral("Selamat ulang tahun, {nama}! Semoga sehat, bahagia, dan lancar "
                        "rezekinya. Ada hadiah kecil untuk Anda di {toko} pekan ini — sebutkan "
                        "kode member {kode} saat berbelanja, ya."),
         MessagePurpose::Marketing},
        {QStringLiteral("pengingat_utang"), QStringLiteral("Pengingat tagihan"),
         QStringLiteral("Selamat siang, {nama}. Kami dari {toko} ingin mengingatkan tagihan "
                        "Anda sebesar {utang} yang jatuh tempo pada {jatuh_tempo}. Bila sudah "
                        "dibayar, mohon abaikan pesan ini. Terima kasih atas kerja samanya."),
         MessagePurpose::Transaction},
        {QStringLiteral("terima_kasih"), QStringLiteral("Terima kasih"),
         QStringLiteral("Terima kasih sudah berbelanja di {toko}, {nama}. Poin Anda sekarang "
                        "{poin}. Sampai jumpa lagi!"),
         MessagePurpose::Transaction},
        {QStringLiteral("kangen"), QStringLiteral("Kami rindu Anda"),
         QStringLiteral("Halo {nama}, sudah lama tidak mampir ke {toko}. Kami rindu! Poin Anda "
                        "{poin} masih bisa dipakai. Kami tunggu kedatangannya, ya."),
         MessagePurpose::Marketing},
    };
}

QStringList MessageTemplates::tokens()
{
    return {QStringLiteral("{nama}"),  QStringLiteral("{kode}"),        QStringLiteral("{poin}"),
            QStringLiteral("{utang}"), QStringLiteral("{jatuh_tempo}"), QStringLiteral("{toko}")};
}

QStringList MessageTemplates::campaignTokens()
{
    return {QStringLiteral("{nama}"),  QStringLiteral("{kode}"), QStringLiteral("{poin}"),
            QStringLiteral("{utang}"), QStringLiteral("{toko}"), QStringLiteral("{tawaran}")};
}

QString MessageTemplates::fill(const QString& text, const MessageValues& values)
{
    const QStringList filled = {values.name,    values.code, values.points, values.debt,
                                values.dueDate, values.shop, values.offer};
    const QStringList names = tokens() << QStringLiteral("{tawaran}");
    // One pass over the text, so that a value holding a token's spelling stays as it is.
    static const QRegularExpression token(QStringLiteral("\\{[a-z_]+\\}"));
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch& m : token.globalMatch(text)) {
        const qsizetype at = names.indexOf(m.captured());
        if (at < 0)
            continue;
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += filled.at(at);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString MessageTemplates::unknownToken(const QString& text)
{
    return unknownToken(text, tokens());
}

QString MessageTemplates::unknownToken(const QString& text, const QStringList& allowed)
{
    static const QRegularExpression braces(QStringLiteral("\\{[^{}]*\\}"));
    for (const QRegularExpressionMatch& m : braces.globalMatch(text))
        if (!allowed.contains(m.captured()))
            return m.captured();
    return {};
}

} // namespace setia
