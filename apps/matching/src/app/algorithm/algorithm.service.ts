import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@bridge/platform';
import { DEFAULT_MATCH_SETTINGS } from '../match-rules/match-settings';
import { describeAlgorithm } from './algorithm-description';
import { AlgorithmView } from './algorithm.view';

/** The algorithm's description with the values this service runs with. */
@Injectable()
export class AlgorithmService {
  private readonly description: AlgorithmView;

  constructor(config: ServiceConfig) {
    // The match settings are fixed in code (the recomputer and the sweep use the defaults); the bound is configured.
    this.description = describeAlgorithm(DEFAULT_MATCH_SETTINGS, config.match);
  }

  describe(): AlgorithmView {
    return this.description;
  }
}
