#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace setia {

// Loads Setia's and Qt's translations into an application. Language codes are "id" and
// "en"; an empty code follows the system locale (Indonesian unless it asks for English).
class Translations
{
public:
    static QStringList available() { return {QStringLiteral("id"), QStringLiteral("en")}; }

    // The language a code resolves to ("" → the system's, falling back to Indonesian).
    static QString resolve(const QString& code);
    // The locale numbers and dates use for that language.
    static QLocale locale(const QString& language);

    // The language the user chose in Settings ("" = follow the system), per user account.
    static QString storedChoice();
    static void storeChoice(const QString& code);

    // Installs the translators (owned by the application) and sets the default QLocale.
    static void install(QCoreApplication& app, const QString& code);
};

} // namespace setia
