#include "dataexchange/ColumnMappingForm.h"

#include "dataexchange/ExchangeTexts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace setia {

ColumnMappingForm::ColumnMappingForm(const QStringList& fields, const QStringList& header,
                                     QWidget* parent)
    : QWidget(parent)
    , m_fields(fields)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString& field : fields) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column-") + field);
        combo->addItem(tr("— not in file —"), -1);
        for (int column = 0; column < header.size(); ++column) {
            const QString name = header.at(column);
            combo->addItem(name.isEmpty() ? tr("(column %1 without a name)").arg(column + 1) : name,
                           column);
        }
        combo->setCurrentIndex(combo->findData(matchingColumn(field, header)));
        combo->setToolTip(tr("Column name in Setia's own files: %1").arg(field));
        auto* label = new QLabel(ExchangeTexts::fieldLabel(field), this);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_combos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingForm::changed);
    }
}

QHash<QString, int> ColumnMappingForm::columns() const
{
    QHash<QString, int> columns;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        columns.insert(m_fields.at(i), m_combos.at(i)->currentData().toInt());
    return columns;
}

int ColumnMappingForm::matchingColumn(const QString& field, const QStringList& header)
{
    const QString label = ExchangeTexts::fieldLabel(field);
    for (const QString& name : {field, label}) {
        for (int column = 0; column < header.size(); ++column) {
            if (header.at(column).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return column;
        }
    }
    return -1;
}

} // namespace setia
