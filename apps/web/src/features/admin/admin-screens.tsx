import './admin.css';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AuditLog } from './audit-log';
import { CovenantDetail, CovenantList, CovenantNew } from './covenants';
import { EmployerEdit, EmployerList, EmployerNew } from './employers';
import { Insights } from './insights';
import { CertificateInsights } from './insights-certificates';
import { FairnessInsights } from './insights-fairness';
import { ReviewBehaviourInsights } from './insights-review-behaviour';
import { ProviderEdit, ProviderList, ProviderNew } from './providers';
import { adminPaths } from './paths';
import { Reindex } from './reindex';

export function AdminScreens() {
  return (
    <Routes>
      <Route index element={<Navigate to={adminPaths.employers} replace />} />
      <Route path="werkgevers" element={<EmployerList />} />
      <Route path="werkgevers/nieuw" element={<EmployerNew />} />
      <Route path="werkgevers/:id" element={<EmployerEdit />} />
      <Route path="scholen" element={<ProviderList />} />
      <Route path="scholen/nieuw" element={<ProviderNew />} />
      <Route path="scholen/:brin" element={<ProviderEdit />} />
      <Route path="convenanten" element={<CovenantList />} />
      <Route path="convenanten/nieuw" element={<CovenantNew />} />
      <Route path="convenanten/:id" element={<CovenantDetail />} />
      <Route path="inzicht" element={<Insights />} />
      <Route path="inzicht/eerlijkheid" element={<FairnessInsights />} />
      <Route path="inzicht/beoordelingen" element={<ReviewBehaviourInsights />} />
      <Route path="inzicht/praktijkverklaringen" element={<CertificateInsights />} />
      <Route path="auditlog" element={<AuditLog />} />
      <Route path="zoekindex" element={<Reindex />} />
      <Route path="*" element={<Navigate to={adminPaths.employers} replace />} />
    </Routes>
  );
}
