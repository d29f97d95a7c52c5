#include "common/MoneyEdit.h"

#include "domain/Money.h"

namespace setia {

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(QStringLiteral("0"));
    connect(this, &QLineEdit::editingFinished, this, &MoneyEdit::reformat);
}

std::optional<qint64> MoneyEdit::value() const
{
    if (text().trimmed().isEmpty())
        return 0;
    return money::parse(text());
}

void MoneyEdit::setValue(qint64 rupiah)
{
    setText(money::formatPlain(rupiah));
}

void MoneyEdit::reformat()
{
    if (const auto amount = value(); amount && !text().trimmed().isEmpty())
        setText(money::formatPlain(*amount));
}

} // namespace setia
