#include "messagelistview.h"

#include "messagelistmodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QTextOption>

namespace em::ui {

void SubjectDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString snippet = index.data(MessageListModel::SnippetRole).toString().simplified();
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The item's background and selection first, then the two texts by hand.
    const QString subject = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics fm(opt.font);
    const QString shownSubject = fm.elidedText(subject, Qt::ElideRight, text.width());
    const int subjectWidth = fm.horizontalAdvance(shownSubject);
    const Qt::Alignment align = Qt::AlignVCenter | Qt::AlignLeading;
    // Each text in its own direction ("Lunch?" keeps its question mark at the end in a
    // right-to-left window), placed from the window's leading edge.
    auto draw = [painter, align](const QRect &rect, const QString &t) {
        QTextOption o(align);
        o.setTextDirection(t.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        o.setWrapMode(QTextOption::NoWrap);
        painter->drawText(QRectF(rect), t, o);
    };
    draw(QStyle::visualRect(opt.direction, text, QRect(text.left(), text.top(), subjectWidth, text.height())),
         shownSubject);
    const int gap = fm.horizontalAdvance(QStringLiteral("  "));
    const int rest = text.width() - subjectWidth - gap;
    if (rest > fm.averageCharWidth() * 4) {
        QFont light = opt.font;
        light.setBold(false);
        painter->setFont(light);
        QColor c = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        c.setAlphaF(0.55);
        painter->setPen(c);
        const QRect area(text.left() + subjectWidth + gap, text.top(), rest, text.height());
        // The snippet is someone else's text: its own direction, isolated from the subject.
        draw(QStyle::visualRect(opt.direction, text, area),
             QFontMetrics(light).elidedText(snippet, Qt::ElideRight, rest));
    }
    painter->restore();
}

MessageListView::MessageListView(QWidget *parent) : QTreeView(parent)
{
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    setExpandsOnDoubleClick(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegateForColumn(MessageListModel::SubjectColumn, new SubjectDelegate(this));
    header()->setSortIndicatorShown(true);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
}

void MessageListView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    m_model = qobject_cast<MessageListModel *>(model);
    if (!m_model)
        return;
    QHeaderView *h = header();
    h->setSectionResizeMode(MessageListModel::StarColumn, QHeaderView::Fixed);
    h->setSectionResizeMode(MessageListModel::AttachmentColumn, QHeaderView::Fixed);
    h->setSectionResizeMode(MessageListModel::CorrespondentColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(MessageListModel::DateColumn, QHeaderView::Interactive);
    const int icon = fontMetrics().height() + 8;
    h->resizeSection(MessageListModel::StarColumn, icon);
    h->resizeSection(MessageListModel::AttachmentColumn, icon);
    h->resizeSection(MessageListModel::CorrespondentColumn, fontMetrics().averageCharWidth() * 24);
    h->resizeSection(MessageListModel::DateColumn, fontMetrics().averageCharWidth() * 16);
    h->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
}

void MessageListView::rememberTop()
{
    m_atTop = verticalScrollBar()->value() == 0;
    m_topMessage = m_model ? m_model->messageIdAt(indexAt(QPoint(1, 1))) : 0;
}

void MessageListView::restoreTop()
{
    // At the top, new mail should appear at the top; further down, the view stays put.
    if (m_atTop || !m_model || m_topMessage == 0)
        return;
    const QModelIndex at = m_model->indexOfMessage(m_topMessage);
    if (at.isValid())
        scrollTo(at, QAbstractItemView::PositionAtTop);
}

void MessageListView::contextMenuEvent(QContextMenuEvent *event)
{
    if (indexAt(event->pos()).isValid())
        Q_EMIT contextMenuAt(event->globalPos());
}

} // namespace em::ui
