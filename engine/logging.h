#pragma once

#include <QLoggingCategory>

// One logging category per engine module; enable with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="caredesk.pool.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPool)
Q_DECLARE_LOGGING_CATEGORY(lcSchema)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
