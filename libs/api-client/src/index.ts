export * from './lib/api-clients';
export * from './lib/problem';
export type { components as MatchingSchemas, paths as MatchingPaths } from './generated/matching';
export type {
  components as EmployersSchemas,
  paths as EmployersPaths,
} from './generated/employers';
export type { components as TrainingSchemas, paths as TrainingPaths } from './generated/training';
