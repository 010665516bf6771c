import { describeSearchEngineConformance } from '../conformance/search-engine.conformance';
import { EmbeddedSearchEngine } from './embedded-search-engine';

describeSearchEngineConformance('embedded (Orama)', async () => new EmbeddedSearchEngine());
