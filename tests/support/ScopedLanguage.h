#pragma once

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace setia::test {

// Setia's translations of one language for the scope of a test case, as the app installs
// them; then the translators go and the default locale is what it was, so that the cases run
// after it in the same process read the English sources they expect.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& code)
        : m_locale(QLocale())
    {
        Translations::install(*QCoreApplication::instance(), code);
    }
    ~ScopedLanguage()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_locale);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QLocale m_locale;
};

} // namespace setia::test
