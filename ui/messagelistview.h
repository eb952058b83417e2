#pragma once

#include <QStyledItemDelegate>
#include <QTreeView>

namespace em::ui {

class MessageListModel;

// Draws the subject with the start of the message after it, in a lighter colour.
class SubjectDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The message list: uniform rows (so a million of them scroll without measuring any),
// several selected at once, dragged onto folders; conversations expand. When a new list
// arrives while the user is looking further down, the message at the top of the view
// stays at the top.
class MessageListView : public QTreeView
{
    Q_OBJECT
public:
    explicit MessageListView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

    // Around a model's new list: what is at the top of the view before, kept there after.
    void rememberTop();
    void restoreTop();

Q_SIGNALS:
    void contextMenuAt(const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    MessageListModel *m_model = nullptr;
    qint64 m_topMessage = 0;
    bool m_atTop = true;
};

} // namespace em::ui
