#pragma once

#include "engine/waitlist.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace caredesk {

/// Collects a new waitlist entry; OK stays disabled, and the hint names the field, while
/// the entry could never be satisfied (waitlistEntryProblem()).
class WaitlistEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    WaitlistEntryDialog(const QList<QPair<QString, QString>> &practitioners, const QDate &today,
                        QWidget *parent = nullptr);
    [[nodiscard]] WaitlistEntry entry() const;

private:
    void validate();

    QDate m_today;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_practitioner;
    QDateEdit *m_earliest;
    QDateEdit *m_latest;
    QList<QCheckBox *> m_weekdays;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QSpinBox *m_minutes;
    QLineEdit *m_note;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

/// The Book workspace's Waitlist tab: every open entry, oldest first, with the earliest
/// free slot that fits it. Enter books the selected entry's offer; the list refreshes
/// whenever another client frees time (live updates), and a new offer is announced.
class WaitlistPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WaitlistPanel(QWidget *parent = nullptr);

    void setPractitioners(const QList<QPair<QString, QString>> &keysAndNames);
    void setToday(const QDate &today);
    /// The open entries and the offers that fit them (an entry without one waits).
    void showEntries(const QList<WaitlistEntry> &entries, const QList<WaitlistOffer> &offers,
                     const QTimeZone &zone);
    void showMessage(const QString &text, bool isError);
    /// The entries that have an offer now and had none (or a later one) before.
    [[nodiscard]] QList<WaitlistOffer> newOffers() const { return m_newOffers; }
    [[nodiscard]] int entryCount() const;
    /// Puts the keyboard on the first entry with an offer.
    void focusFirstOffer();

Q_SIGNALS:
    void addRequested(const caredesk::WaitlistEntry &entry);
    void bookOfferRequested(const caredesk::WaitlistOffer &offer);
    void removeRequested(qint64 entryId);

private:
    void bookCurrent();
    void updateButtons();
    [[nodiscard]] const WaitlistOffer *offerFor(qint64 entryId) const;

    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_book;
    QPushButton *m_remove;
    QList<QPair<QString, QString>> m_practitioners;
    QDate m_today;
    QList<WaitlistEntry> m_entries;
    QList<WaitlistOffer> m_offers;
    QList<WaitlistOffer> m_newOffers;
    bool m_shownOnce = false;
};

} // namespace caredesk

Q_DECLARE_METATYPE(caredesk::WaitlistEntry)
Q_DECLARE_METATYPE(caredesk::WaitlistOffer)
