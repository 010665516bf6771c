import { Route, Routes } from 'react-router-dom';
import { CandidateScreen } from './candidate-screen';
import { CandidatesScreen } from './candidates-screen';
import { EditCandidateScreen, RegisterCandidateScreen } from './candidate-form';
import { LeaveScreen } from './leave-screen';
import { LookupScreen } from './lookup-screen';

export function CaseworkScreens() {
  return (
    <Routes>
      <Route index element={<CandidatesScreen />} />
      <Route path="registreren" element={<RegisterCandidateScreen />} />
      <Route path="zoeken" element={<LookupScreen />} />
      <Route path="kandidaten/:candidateId" element={<CandidateScreen />} />
      <Route path="kandidaten/:candidateId/wijzigen" element={<EditCandidateScreen />} />
      <Route path="kandidaten/:candidateId/vertrek" element={<LeaveScreen />} />
    </Routes>
  );
}
