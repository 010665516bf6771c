import { runServiceMain } from '@bridge/service-runtime';
import { trainingService } from './app/training.app-module';

runServiceMain('training', trainingService);
