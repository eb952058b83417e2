#pragma once

#include "http.h"

namespace em::sandbox {

class Sandbox;

// Microsoft Graph v1.0 mail under /v1.0/: /me, mailFolders, messages, delta, $value,
// PATCH, move/copy, DELETE, sendMail, drafts, createReply/createForward, attachments and
// upload sessions, $batch. Errors in Graph's shape.
class GraphApi
{
public:
    explicit GraphApi(Sandbox &sandbox) : m_sandbox(sandbox) {}
    static bool handles(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request);

private:
    Sandbox &m_sandbox;
};

} // namespace em::sandbox
