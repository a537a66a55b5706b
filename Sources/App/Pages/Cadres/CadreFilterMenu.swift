import Foundation
import Domain
import Panels

/// The pool's filter menu (`f`): stage, pool, district or unit, first batch, warned, points and
/// criterion thresholds, and the search text; the filled menu back as a filter.
enum CadreFilterMenu {
    static let formID = "cadres.filter"
    private static let any = Choice(Label(zh: "全部", en: "any"), value: "")

    static func form(_ filter: CadreFilter, dataset: Dataset) -> FormModel {
        let no = Choice(Label(zh: "否", en: "no"), value: "")
        let yes = Choice(Label(zh: "是", en: "yes"), value: "yes")
        let districts = Array(Set(dataset.cadres.compactMap(\.district))).sorted()
        return FormModel(id: formID, title: Label(zh: "筛选干部", en: "Filter cadres"), fields: [
            .choice("stage", Label(zh: "阶段", en: "Stage"), [any] + CadreStage.allCases.map { Choice($0.label, value: $0.rawValue) },
                    selected: filter.stages.first?.rawValue),
            .choice("pool", Label(zh: "人选库", en: "Pool"), [any] + CadrePool.allCases.map { Choice($0.label, value: $0.rawValue) },
                    selected: filter.pool?.rawValue),
            .choice("district", Label(zh: "所在区", en: "District"), [any] + districts.map { Choice($0, value: $0) }, selected: filter.unit),
            .choice("firstBatch", Label(zh: "首批 108 人", en: "First batch"), [no, yes], selected: filter.firstBatchOnly ? "yes" : ""),
            .choice("warned", Label(zh: "有预警", en: "Warned"), [no, yes], selected: filter.warnedOnly ? "yes" : ""),
            .text("pointsBelow", Label(zh: "积分低于", en: "Points below"), filter.pointsBelow.map(String.init) ?? ""),
            .text("criterionBelow", Label(zh: "任一项低于", en: "A criterion below"), filter.criterionBelow.map { NumberText.format($0, .en) } ?? ""),
            .text("text", Label(zh: "搜索", en: "Search"), filter.text),
        ])
    }

    /// The filter, or what is wrong with a threshold.
    static func filter(from form: FormModel, language: Language) -> Result<CadreFilter, FormRefusal> {
        func number<T>(_ name: String, _ parse: (String) -> T?, _ label: Label) -> Result<T?, FormRefusal> {
            let text = form.value(name).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .success(nil) }
            guard let value = parse(text) else {
                return .failure(FormRefusal(message: Label(zh: "\(label.zh)须为数字", en: "\(label.en.lowercased()) takes a number").text(language)))
            }
            return .success(value)
        }
        let points = number("pointsBelow", { Int($0) }, Label(zh: "积分低于", en: "Points below"))
        let criterion = number("criterionBelow", { Double($0) }, Label(zh: "任一项低于", en: "A criterion below"))
        return points.flatMap { points in
            criterion.map { criterion in
                CadreFilter(stages: CadreStage(rawValue: form.value("stage")).map { [$0] } ?? [], pool: CadrePool(rawValue: form.value("pool")),
                            unit: form.value("district").isEmpty ? nil : form.value("district"),
                            firstBatchOnly: form.value("firstBatch") == "yes", warnedOnly: form.value("warned") == "yes",
                            pointsBelow: points, criterionBelow: criterion, text: form.value("text"))
            }
        }
    }
}
