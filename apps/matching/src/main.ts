import { runServiceMain } from '@bridge/service-runtime';
import { matchingService } from './app/matching.app-module';

runServiceMain('matching', matchingService);
