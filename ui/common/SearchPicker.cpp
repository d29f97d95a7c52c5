#include "common/SearchPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace setia {
namespace {

constexpr int listLimit = 12;

} // namespace

SearchPicker::SearchPicker(Lookup lookup, QWidget* parent)
    : QLineEdit(parent)
    , m_lookup(std::move(lookup))
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    setClearButtonEnabled(true);
    // The store has already matched: the completer shows its list as it is.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(listLimit);
    m_completer->setWidget(this);
    // Before the completer's own filter, which would swallow Enter with no line chosen.
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { pickRow(index.row()); });
    connect(this, &QLineEdit::textEdited, this, &SearchPicker::search);
}

void SearchPicker::pick(const PickerItem& item)
{
    m_picked = item.id;
    setText(m_clearAfterPick ? QString() : item.label);
    Q_EMIT picked(item.id);
    if (m_clearAfterPick)
        m_picked = 0;
}

void SearchPicker::reset()
{
    clear();
    m_matches.clear();
    m_model->clear();
    if (m_picked != 0) {
        m_picked = 0;
        Q_EMIT picked(0);
    }
}

void SearchPicker::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && pickTyped())
        return;
    QLineEdit::keyPressEvent(event);
}

bool SearchPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !m_completer->popup()->currentIndex().isValid()) {
            m_completer->popup()->hide();
            pickTyped();
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

bool SearchPicker::pickTyped()
{
    if (m_picked != 0 || text().trimmed().isEmpty())
        return false;
    const QString typed = text().trimmed();
    for (int row = 0; row < m_matches.size(); ++row) {
        if (m_matches.size() == 1 ||
            m_matches.at(row).key.compare(typed, Qt::CaseInsensitive) == 0) {
            pickRow(row);
            return true;
        }
    }
    return false;
}

void SearchPicker::search(const QString& text)
{
    if (m_picked != 0) {
        m_picked = 0;
        Q_EMIT picked(0);
    }
    m_model->clear();
    m_matches.clear();
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    auto found = m_lookup(text, listLimit);
    if (!found) {
        auto* item = new QStandardItem(found.error().message());
        item->setEnabled(false);
        m_model->appendRow(item);
    } else {
        m_matches = std::move(found).value();
        for (const PickerItem& match : std::as_const(m_matches)) {
            auto* item = new QStandardItem(
                match.detail.isEmpty() ? match.label
                                       : match.label + QStringLiteral("   ·   ") + match.detail);
            item->setEditable(false);
            m_model->appendRow(item);
        }
    }
    if (m_model->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void SearchPicker::pickRow(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    pick(m_matches.at(row));
}

} // namespace setia
