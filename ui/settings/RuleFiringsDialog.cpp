#include "settings/RuleFiringsDialog.h"

#include "common/UserPrompter.h"
#include "domain/DisplayFormat.h"
#include "services/BusinessRuleService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace setia {

RuleFiringsDialog::RuleFiringsDialog(const BusinessRuleService& rules, UserPrompter& prompter,
                                     QWidget* parent)
    : QDialog(parent)
    , m_rules(rules)
    , m_prompter(prompter)
    , m_table(new QTableWidget(0, 6, this))
{
    setObjectName(QStringLiteral("ruleFiringsDialog"));
    setWindowTitle(tr("What the business rules did"));
    m_table->setObjectName(QStringLiteral("firings"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Rule"), tr("Code"), tr("Customer"), tr("Why"), tr("What Setia did")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 480);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool RuleFiringsDialog::load()
{
    auto firings = m_rules.firings();
    if (!firings) {
        m_prompter.warn(parentWidget(), windowTitle(), firings.error().message());
        return false;
    }
    m_table->setRowCount(static_cast<int>(firings->size()));
    for (int row = 0; row < firings->size(); ++row) {
        const RuleFiring& f = firings->at(row);
        const QStringList cells = {display::shortDateTime(f.firedAt),
                                   f.ruleName,
                                   f.customerCode,
                                   f.customerName,
                                   f.why,
                                   f.what};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    // The rule, the customer and why are cut short (their tooltips hold them whole): what
    // Setia did stays in sight.
    m_table->resizeColumnsToContents();
    for (const auto& [column, widest] : {std::pair{1, 180}, std::pair{3, 170}, std::pair{4, 240}})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    return true;
}

} // namespace setia
