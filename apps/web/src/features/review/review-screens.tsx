import { Route, Routes } from 'react-router-dom';
import { QueueScreen } from './queue-screen';
import { ReviewScreen } from './review-screen';
import './review.css';

export function ReviewScreens() {
  return (
    <Routes>
      <Route index element={<QueueScreen />} />
      <Route path="suggesties/:id" element={<ReviewScreen />} />
    </Routes>
  );
}
