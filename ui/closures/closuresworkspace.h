#pragma once

#include "engine/clinicdata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimeEdit;

namespace caredesk {

class ClosuresModel;

/// The Clinic Closures workspace (managers): the closures ahead, each with who works
/// anyway and how many booked appointments it hits, and a form to add one. Emits
/// intent; ClosuresController acts.
class ClosuresWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit ClosuresWorkspace(QWidget *parent = nullptr);

    [[nodiscard]] ClosuresModel *model() const { return m_model; }
    void setToday(const QDate &today);
    void showMessage(const QString &text, bool isError);
    /// Clears the form after a closure was added (its input is kept on failure).
    void clearForm();

Q_SIGNALS:
    void addRequested(const caredesk::ExceptionData &closure);
    void deleteRequested(qint64 id, const QString &description);

private:
    void requestAdd();
    void requestDelete();

    ClosuresModel *m_model;
    QTableView *m_table;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_allDay;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_kind;
    QLineEdit *m_reason;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_banner;
};

} // namespace caredesk
