import { Paragraph } from '@bridge/ui';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../shared/app-link';
import { ALGORITHM_PATH } from './paths';

/** The way from an explanation (a score, an exclusion) to how the algorithm as a whole works. */
export function AlgorithmLink({
  about = 'suggestion',
}: {
  about?: 'suggestion' | 'suggestions' | 'exclusion';
}) {
  const { t } = useTranslation('algorithm');
  return (
    <Paragraph>
      <AppLink to={ALGORITHM_PATH}>{t(`link.${about}`)}</AppLink>
    </Paragraph>
  );
}
