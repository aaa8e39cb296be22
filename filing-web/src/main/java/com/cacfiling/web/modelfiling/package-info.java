/**
 * The large-model filing (生成式人工智能服务上线备案) and the registration (登记) of services that call a filed model:
 * a second filing kind with its own catalogue-driven wizard (the algorithm wizard's binder, forms and field writer
 * reused), the uploaded keyword list and test banks with their threshold findings, its documents and dossier ZIP.
 * Same authorization (officer: own company; consultant: assigned companies), optimistic locking, versions and audit
 * as the algorithm filings, in tables of its own so that those stay untouched. Entry points for the triage:
 * {@code GET /model-filings/new?route=FILING|REGISTRATION[&service=<id>]}.
 */
package com.cacfiling.web.modelfiling;
