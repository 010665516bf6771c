import { Route, Routes } from 'react-router-dom';
import { CandidateScreen } from './candidate-screen';
import { CandidatesScreen } from './candidates-screen';
import { CertificateOutcomesScreen } from './certificate-outcomes-screen';
import { RegisterCertificateScreen } from './register-certificate-screen';
import { RevokeCertificateScreen } from './revoke-certificate-screen';

export function WorkshopScreens() {
  return (
    <Routes>
      <Route index element={<CandidatesScreen />} />
      <Route path="resultaten" element={<CertificateOutcomesScreen />} />
      <Route path="kandidaten/:candidateId" element={<CandidateScreen />} />
      <Route
        path="kandidaten/:candidateId/praktijkverklaring"
        element={<RegisterCertificateScreen />}
      />
      <Route
        path="kandidaten/:candidateId/praktijkverklaringen/:certificateId/intrekken"
        element={<RevokeCertificateScreen />}
      />
    </Routes>
  );
}
