#include "logging.h"

Q_LOGGING_CATEGORY(lcPool, "caredesk.pool", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchema, "caredesk.schema", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "caredesk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "caredesk.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "caredesk.engine", QtInfoMsg)
