import { runServiceMain } from '@bridge/service-runtime';
import { employersService } from './app/employers.app-module';

runServiceMain('employers', employersService);
