package cn.gridledger.logic.demo;

import cn.gridledger.logic.demo.DemoRows.TownshipRow;
import cn.gridledger.logic.demo.DemoRows.VillageData;

/** Where the generator puts the township: the database writer, or an in-memory list for the sample file. */
public interface DemoSink {

    void township(TownshipRow township);

    void village(VillageData village);
}
